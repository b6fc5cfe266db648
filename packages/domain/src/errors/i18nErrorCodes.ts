/**
 * The error codes `@khuyencong/i18n-vi` throws. Owned by the i18n-vi package; listed in the domain so that
 * `@khuyencong/i18n-vi` can translate every code and list them in one place.
 *
 * - `INVALID_NUMBER`: a value that is not a number the function accepts: not a decimal string, bigint or
 *   safe-integer number (`'1e3'`, `NaN`, `0.1`, an object), or text that `parseNumber` cannot read at all.
 * - `AMBIGUOUS_NUMBER`: text that is not a number in the chosen convention but is one in the other
 *   (`'1,234.5'` or `'0.5'` read with the Vietnamese convention, where "," is the decimal mark), so its value
 *   cannot be told for sure.
 * - `INVALID_AMOUNT_TEXT`: text that `parseVnd` cannot read as an amount ("khoảng chín tỷ", "9 tỷ USD", "").
 * - `AMBIGUOUS_AMOUNT`: an amount whose value cannot be told for sure: a bare number with no unit and no
 *   currency ("1.680": đồng, or triệu đồng in a table?), or an ambiguous number in it.
 * - `FRACTIONAL_DONG`: an amount that is not a whole number of đồng ("0,5 đồng", `readVnd('1.5')`).
 * - `INVALID_NUMBER_WORDS`: words that are not a Vietnamese number reading ("hai trăm mười lăm tỷ mươi"), or a
 *   reading that is ambiguous in speech ("một nghìn hai": 1.002 or 1.200?).
 * - `UNSUPPORTED_LANGUAGE`: a language other than `vi` and `en`. Details: `value`, `supported`
 *   (comma-separated).
 * - `INVALID_OPTION`: an option with a value the function does not accept (`{ unit: 'billion' }`,
 *   `{ maximumFractionDigits: -1 }`), or options that are not an object.
 * - `INVALID_ARGUMENT`: a text argument that is not a string (`removeDiacritics(undefined)`, a boxed
 *   `new String('…')`, a legal reference whose `article` is an object). Details: `parameter`, `value`,
 *   `expected`, `reason` (`type` or `boxed`).
 *
 * A number too long to read (`readNumber`, `readVnd`: more than `MAX_AMOUNT_DIGITS` digits; `parseNumberWords`:
 * words worth more digits; `parseVnd`: an amount of more digits) is `INVALID_NUMBER`, `INVALID_NUMBER_WORDS` or
 * `INVALID_AMOUNT_TEXT` with details `reason: 'too-long'` and `limit`.
 *
 * It also throws domain codes where they fit: `INVALID_DATE`, `INVALID_PERIOD`, `UNKNOWN_CODE` and
 * `UNKNOWN_LEGAL_DOCUMENT`.
 *
 * @category Errors
 * @example
 * ```ts
 * import { I18N_ERROR_CODES } from '@khuyencong/domain';
 * [Array.isArray(I18N_ERROR_CODES), I18N_ERROR_CODES.includes('FRACTIONAL_DONG')]
 * //=> [true, true]
 * ```
 */
export const I18N_ERROR_CODES = [
  'INVALID_NUMBER',
  'AMBIGUOUS_NUMBER',
  'INVALID_AMOUNT_TEXT',
  'AMBIGUOUS_AMOUNT',
  'FRACTIONAL_DONG',
  'INVALID_NUMBER_WORDS',
  'UNSUPPORTED_LANGUAGE',
  'INVALID_OPTION',
  'INVALID_ARGUMENT',
] as const;

/**
 * One of {@link I18N_ERROR_CODES}.
 *
 * @category Errors
 */
export type I18nErrorCode = (typeof I18N_ERROR_CODES)[number];
