/**
 * The error codes `@khuyencong/validation` throws (as opposed to the findings its rules report). Owned by
 * the validation package; listed in the domain so that `@khuyencong/i18n-vi` can translate every code
 * without depending on validation.
 *
 * @category Errors
 * @example
 * ```ts
 * import { VALIDATION_ERROR_CODES } from '@khuyencong/domain';
 * Array.isArray(VALIDATION_ERROR_CODES)
 * //=> true
 * ```
 */
export const VALIDATION_ERROR_CODES = [] as const;

/**
 * One of {@link VALIDATION_ERROR_CODES}.
 *
 * @category Errors
 */
export type ValidationErrorCode = (typeof VALIDATION_ERROR_CODES)[number];
