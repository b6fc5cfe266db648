import type { InputContent } from './InputContent';

/**
 * Options of {@link readInput} and {@link readInputBatches}.
 *
 * @category Import
 */
export interface ReadInputOptions {
  /** The input's name as the records' origin gives it: a file path, `-` for standard input. */
  readonly source: string;
  /** The text or bytes, whole or in chunks (see {@link InputContent}). */
  readonly content: InputContent;
  /**
   * `csv`, `json`, or `auto` (the default): by the extension of `source` (`.csv`, `.tsv`, `.txt` are CSV,
   * `.json` is JSON), else by the content (JSON when its first character other than white space is `{` or
   * `[`, else CSV).
   */
  readonly format?: 'csv' | 'json' | 'auto';
  /**
   * The implementing unit (đơn vị thực hiện) of the đề án of a CSV input whose rows do not name one, e.g.
   * the province's khuyến công centre; without it such a project holds `—` and lists `implementingUnit` in
   * its `unstated` fields.
   */
  readonly implementingUnit?: string;
  /** The longest CSV line read, in characters; {@link MAX_LINE_LENGTH} by default. */
  readonly maxLineLength?: number;
}
