/**
 * Options of `parseNumber` and `parseVnd`.
 *
 * @category Parsing
 */
export interface ParseNumberOptions {
  /**
   * The decimal mark: `','` (default, the Vietnamese convention: "." groups thousands, "1.234.567,891") or
   * `'.'` (the English convention: "," groups thousands, "1,234,567.891").
   */
  readonly decimalMark?: ',' | '.';
}
