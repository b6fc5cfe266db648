/**
 * The error codes `@khuyencong/domain` throws.
 *
 * - `INVALID_DATE`: not a real calendar date in `YYYY-MM-DD` form (or an invalid `Date`).
 * - `UNKNOWN_TIME_ZONE`: a `timeZone` option that is not the name of an IANA time zone the runtime knows
 *   (`'Mars/Olympus'`, `'UTC+7'`, `7`). Details: `value` (the zone as given, described), `option: 'timeZone'`.
 * - `UNKNOWN_CODE`: a value that is not in the code list it was checked against.
 * - `UNKNOWN_PROVINCE`: no province matches the name or id on the given date.
 * - `UNKNOWN_LEGAL_DOCUMENT`: no legal document with that id in the registry.
 * - `INVALID_PERIOD`: a period that cannot exist (quarter 5, a range that ends before it starts).
 * - `INVALID_ARGUMENT`: an argument of the wrong type (a name that is not a string, a boxed `new String('…')`,
 *   a project that is not an object). Details: `parameter`, `value`, `expected`, `reason` (`type` or `boxed`).
 * - `INVALID_OPTION`: options that are not a plain object, or an option with a value the function does not
 *   accept (`normalizeAdminName(name, { stripKind: 'yes' })`). Details: `parameter` or `option`, `value`.
 *
 * @category Errors
 * @example
 * ```ts
 * import { DOMAIN_ERROR_CODES } from '@khuyencong/domain';
 * DOMAIN_ERROR_CODES.includes('INVALID_DATE')
 * //=> true
 * ```
 */
export const DOMAIN_ERROR_CODES = [
  'INVALID_DATE',
  'UNKNOWN_TIME_ZONE',
  'UNKNOWN_CODE',
  'UNKNOWN_PROVINCE',
  'UNKNOWN_LEGAL_DOCUMENT',
  'INVALID_PERIOD',
  'INVALID_ARGUMENT',
  'INVALID_OPTION',
] as const;

/**
 * One of {@link DOMAIN_ERROR_CODES}.
 *
 * @category Errors
 */
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];
