/**
 * @internal A table of a report in the words of one language, shared by the text, CSV and HTML outputs.
 */
export interface ReportTable {
  /** A stable id (`attainment`, `funding`, `regions`, `provinces`, `activities`, `consulting`). */
  readonly id: string;
  readonly title: string;
  readonly headers: readonly string[];
  /** Which columns hold numbers (right-aligned). */
  readonly numeric: readonly boolean[];
  readonly rows: readonly (readonly string[])[];
  /** What the table says when it has no rows. */
  readonly empty: string;
}
