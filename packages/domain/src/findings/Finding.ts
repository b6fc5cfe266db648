import type { LegalReference } from '../legal/LegalReference';

/**
 * How much a finding matters: `error` (the data breaks a rule: do not approve or pay), `warning` (probably
 * wrong, or cannot be decided from the data), `info` (worth knowing: a priority, a deadline).
 *
 * @category Findings
 * @example
 * ```ts
 * import { FINDING_SEVERITIES } from '@khuyencong/domain';
 * FINDING_SEVERITIES
 * //=> ['error', 'warning', 'info']
 * ```
 */
export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;

/**
 * One of {@link FINDING_SEVERITIES}.
 *
 * @category Findings
 */
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/**
 * What a check found about some data: a stable code (translated by `@khuyencong/i18n-vi`), a severity,
 * the numbers and values involved (`details`, also the parameters of the message), where in the data
 * (`path`) and which legal text the check enforces.
 *
 * @typeParam C - the code union of the package that reports it.
 * @category Findings
 */
export interface Finding<C extends string = string> {
  /** The stable code, e.g. `SUPPORT_EXCEEDS_CAP`. */
  readonly code: C;
  /** How much it matters. */
  readonly severity: FindingSeverity;
  /** The values involved, amounts as whole-đồng strings and percents as decimal strings. */
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
  /** Where in the checked data, as property keys and array indexes. */
  readonly path?: readonly (string | number)[];
  /** The legal text the check enforces. */
  readonly legalReference?: LegalReference;
}
