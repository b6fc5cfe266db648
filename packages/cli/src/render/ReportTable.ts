/** A table of the report, in the words of one language, shared by the text, CSV and HTML outputs. */
export interface ReportTable {
  readonly id: string;
  readonly title: string;
  readonly headers: readonly string[];
  /** Which columns hold numbers (right-aligned). */
  readonly numeric: readonly boolean[];
  readonly rows: readonly (readonly string[])[];
  /** A class per row for the HTML output (the severity of a finding row: `error`, `warning`, `info`). */
  readonly rowClasses?: readonly (string | undefined)[];
  /** Shown when the table has no rows. */
  readonly empty: string;
  readonly note?: string;
}
