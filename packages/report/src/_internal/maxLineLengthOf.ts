import { MAX_LINE_LENGTH } from '../import/csv/MAX_LINE_LENGTH';
import { invalidArgument } from './invalidArgument';

/** @internal The `maxLineLength` option of an options bag already read, checked. */
export function maxLineLengthOf(options: { readonly maxLineLength?: unknown }, fn: string): number {
  const value = options.maxLineLength;
  if (value === undefined) return MAX_LINE_LENGTH;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    return invalidArgument('INVALID_OPTION', fn, 'maxLineLength', value, 'a positive whole number');
  }
  return value;
}
