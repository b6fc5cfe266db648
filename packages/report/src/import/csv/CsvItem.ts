import type { Finding, ReportFindingCode } from '@khuyencong/domain';

/**
 * One record of a CSV input: its cells as written (quotes removed, not trimmed) and the 1-based line it
 * starts on, the row number a spreadsheet shows for it (the header is line 1).
 *
 * @category CSV
 */
export interface CsvRow {
  readonly kind: 'row';
  /** The 1-based line where the record starts. */
  readonly line: number;
  /** The cells, in column order. */
  readonly cells: readonly string[];
}

/**
 * A problem of a CSV input as a whole, where it was found:
 * - `ENCODING_NOT_UTF8`: the first byte that is not UTF-8 is on `line`; reading goes on, with U+FFFD for
 *   each bad sequence, so that the rows can be counted (they cannot be trusted);
 * - `LINE_TOO_LONG`: `line` is longer than the limit; reading stops there;
 * - `CSV_QUOTE_NOT_CLOSED`: the double quote opened on `line` is never closed; the record it opens (to the
 *   end of the input, or to the limit) comes after this problem.
 *
 * @category CSV
 */
export interface CsvProblem {
  readonly kind: 'problem';
  /** The 1-based line of the problem. */
  readonly line: number;
  /** The finding, with the details its code documents (`line`, and `limit` for `LINE_TOO_LONG`). */
  readonly finding: Finding<ReportFindingCode>;
}

/**
 * What {@link readCsvRows} yields: rows, and problems of the input where they are found.
 *
 * @category CSV
 */
export type CsvItem = CsvRow | CsvProblem;
