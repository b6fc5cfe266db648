import type { CalcFindingCode } from '@khuyencong/domain';

/**
 * How much a finding matters: `error` (the figures contradict each other), `warning` (they agree only
 * under an assumption, such as a rounded total), `info` (worth knowing, e.g. a rounding artefact).
 *
 * @category Consistency checks
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

/**
 * One result of a consistency check: a code (see `CALC_FINDING_CODES` in `@khuyencong/domain` for each
 * code's meaning and details), its severity, and the numbers involved as strings.
 *
 * @category Consistency checks
 */
export interface Finding {
  /** The stable code, translated by `@khuyencong/i18n-vi`. */
  readonly code: CalcFindingCode;
  /** How much it matters. */
  readonly severity: FindingSeverity;
  /** The numbers involved (whole đồng or percentage points) and the `field` checked. */
  readonly details: Readonly<Record<string, string>>;
}
