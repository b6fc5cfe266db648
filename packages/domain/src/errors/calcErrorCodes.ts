/**
 * The error codes `@khuyencong/calc` throws. Owned by the calc package; listed in the domain so that
 * `@khuyencong/i18n-vi` can translate every code without depending on calc.
 *
 * @category Errors
 * @example
 * ```ts
 * import { CALC_ERROR_CODES } from '@khuyencong/domain';
 * Array.isArray(CALC_ERROR_CODES)
 * //=> true
 * ```
 */
export const CALC_ERROR_CODES = [] as const;

/**
 * One of {@link CALC_ERROR_CODES}.
 *
 * @category Errors
 */
export type CalcErrorCode = (typeof CALC_ERROR_CODES)[number];
