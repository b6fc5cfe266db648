/**
 * The longest CSV line (record) read by default, in characters: 1,000,000. A longer one is a
 * `LINE_TOO_LONG` problem and reading stops, so that a file that is not CSV (or has no line breaks) never
 * makes a huge string.
 *
 * @category CSV
 * @example
 * ```ts
 * import { MAX_LINE_LENGTH } from '@khuyencong/report';
 * MAX_LINE_LENGTH
 * //=> 1000000
 * ```
 */
export const MAX_LINE_LENGTH = 1_000_000;
