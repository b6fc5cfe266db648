/**
 * The finding codes of `@khuyencong/validation`'s rules (eligibility, funding, certificates) (a finding is not an
 * error: it reports something about the data). Owned by the validation package; listed in the domain so that
 * `@khuyencong/i18n-vi` can translate every code.
 *
 * @category Findings
 * @example
 * ```ts
 * import { VALIDATION_FINDING_CODES } from '@khuyencong/domain';
 * Array.isArray(VALIDATION_FINDING_CODES)
 * //=> true
 * ```
 */
export const VALIDATION_FINDING_CODES = [] as const;

/**
 * One of {@link VALIDATION_FINDING_CODES}.
 *
 * @category Findings
 */
export type ValidationFindingCode = (typeof VALIDATION_FINDING_CODES)[number];
