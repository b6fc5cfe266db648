import { type IsoDate, toIsoDate } from '@khuyencong/domain';
import { text } from '../_internal/Text';
import { type ParsedArgs, stringOption } from '../args/parseCommandArgs';
import type { CliIo } from '../CliIo';
import { CliError } from '../errors/CliError';

/** The `--as-of` date, or today. */
export function asOfOption(command: string, args: ParsedArgs, io: CliIo): IsoDate {
  const value = stringOption(args, 'as-of');
  try {
    return toIsoDate(value ?? io.now?.() ?? new Date());
  } catch (error) {
    throw new CliError(
      'USAGE',
      text(
        `${command}: --as-of "${value}" không phải ngày YYYY-MM-DD`,
        `${command}: --as-of "${value}" is not a YYYY-MM-DD date`,
      ),
      {},
      error,
    );
  }
}
