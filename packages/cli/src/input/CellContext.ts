import { isKhuyenCongError } from '@khuyencong/domain';
import { messageOf } from '@khuyencong/i18n-vi';
import { type Text, text } from '../_internal/Text';
import { CliError } from '../errors/CliError';

/** Where a cell is: file, 1-based line and the column's header as written. */
export interface CellContext {
  readonly file: string;
  readonly line: number;
  readonly column: string;
}

/** A `CliError` for a bad cell; a library error's code and message are kept after the explanation. */
export function cellError(context: CellContext, message: Text, cause?: unknown): CliError {
  const known = isKhuyenCongError(cause);
  return new CliError(
    'INVALID_CELL',
    text(
      known ? `${message.vi}: ${messageOf(cause)} [${cause.code}]` : message.vi,
      known ? `${message.en}: ${cause.message} [${cause.code}]` : message.en,
    ),
    context,
    cause,
  );
}
