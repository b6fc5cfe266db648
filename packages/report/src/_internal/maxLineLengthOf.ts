import { MAX_LINE_LENGTH } from '../import/csv/MAX_LINE_LENGTH';
import { invalidArgument } from './invalidArgument';

/** @internal The `maxLineLength` option, checked. */
export function maxLineLengthOf(options: unknown, fn: string): number {
  if (options === undefined) return MAX_LINE_LENGTH;
  if (typeof options !== 'object' || options === null) {
    return invalidArgument('INVALID_ARGUMENT', fn, 'options', options, 'an object');
  }
  const value = (options as { maxLineLength?: unknown }).maxLineLength;
  if (value === undefined) return MAX_LINE_LENGTH;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    return invalidArgument('INVALID_OPTION', fn, 'maxLineLength', value, 'a positive whole number');
  }
  return value;
}
