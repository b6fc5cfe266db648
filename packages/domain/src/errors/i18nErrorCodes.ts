/**
 * The error codes `@khuyencong/i18n-vi` throws (parsing). Owned by the i18n-vi package; listed in the domain so that
 * `@khuyencong/i18n-vi` can translate every code and list them in one place.
 *
 * @category Errors
 * @example
 * ```ts
 * import { I18N_ERROR_CODES } from '@khuyencong/domain';
 * Array.isArray(I18N_ERROR_CODES)
 * //=> true
 * ```
 */
export const I18N_ERROR_CODES = [] as const;

/**
 * One of {@link I18N_ERROR_CODES}.
 *
 * @category Errors
 */
export type I18nErrorCode = (typeof I18N_ERROR_CODES)[number];
