/**
 * One record of a CSV file: its cells as written (quotes removed) and the 1-based line of the file it
 * starts on, the row number a spreadsheet shows for it (the header is line 1).
 *
 * @category CSV
 */
export interface CsvRecord {
  /** 1-based line number where the record starts. */
  readonly line: number;
  /** The cells, in column order. */
  readonly cells: readonly string[];
}
