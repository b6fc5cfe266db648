/**
 * Where a record or a finding comes from: the input's name and, inside it, the CSV line (and column) or the
 * JSON path.
 *
 * @category Model
 */
export interface RecordOrigin {
  /** The input's name as the caller gave it: a file path, `-` for standard input, `seed` for the bundled dataset. */
  readonly source: string;
  /** The 1-based line of a CSV row: the row number a spreadsheet shows (the header is line 1). */
  readonly line?: number;
  /** The header of the column, as written, for a finding about one cell. */
  readonly column?: string;
  /** The path in a JSON input, e.g. `projects[2].funding.local`. */
  readonly path?: string;
}
