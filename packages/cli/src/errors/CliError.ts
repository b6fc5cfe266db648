import type { Text } from '../_internal/Text';

/**
 * Where in the input an error was found: the file, its 1-based line (the row a spreadsheet shows; the
 * header is line 1) and the column's header as written.
 *
 * @category Errors
 */
export interface CliErrorLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;
}

/**
 * The kinds of error the CLI reports on its own (library errors keep their `KhuyenCongError` code).
 *
 * @category Errors
 */
export type CliErrorCode =
  | 'USAGE'
  | 'FILE_NOT_FOUND'
  | 'ENCODING'
  | 'CSV_SYNTAX'
  | 'UNKNOWN_COLUMN'
  | 'MISSING_COLUMN'
  | 'INVALID_CELL'
  | 'INVALID_JSON'
  | 'OUTPUT';

/**
 * An error the CLI reports to its user: a message in Vietnamese and English, where it was found, and
 * the process exit code (2 for bad usage or bad input).
 *
 * @category Errors
 * @example
 * ```ts
 * import { CliError } from '@khuyencong/cli';
 * const error = new CliError('INVALID_CELL', { vi: '"1,3x tỷ" không phải số tiền', en: '"1,3x tỷ" is not an amount' }, { file: 'de-an.csv', line: 7, column: 'Tổng kinh phí' });
 * [error.exitCode, error.code, error.location.line, error.message]
 * //=> [2, 'INVALID_CELL', 7, '"1,3x tỷ" is not an amount']
 * ```
 */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly text: Text;
  readonly location: CliErrorLocation;
  readonly exitCode: number;

  constructor(code: CliErrorCode, message: Text, location: CliErrorLocation = {}, cause?: unknown) {
    super(message.en, cause === undefined ? undefined : { cause });
    this.name = 'CliError';
    this.code = code;
    this.text = message;
    this.location = location;
    this.exitCode = 2;
  }
}
