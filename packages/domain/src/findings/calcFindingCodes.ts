/**
 * The finding codes of `@khuyencong/calc`'s consistency checks of reported figures (a finding is not an
 * error: it reports something about the data). Owned by the calc package; listed in the domain so that
 * `@khuyencong/i18n-vi` can translate every code.
 *
 * @category Findings
 * @example
 * ```ts
 * import { CALC_FINDING_CODES } from '@khuyencong/domain';
 * Array.isArray(CALC_FINDING_CODES)
 * //=> true
 * ```
 */
export const CALC_FINDING_CODES = [] as const;

/**
 * One of {@link CALC_FINDING_CODES}.
 *
 * @category Findings
 */
export type CalcFindingCode = (typeof CALC_FINDING_CODES)[number];
