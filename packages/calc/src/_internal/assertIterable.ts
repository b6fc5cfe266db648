import { describeValue } from '@khuyencong/internal';
import { calcError } from './calcError';

/**
 * @internal Whether a value is a boxed string (`new String('123')`): iterable, it would be read as the list
 * of its characters (`sum(new String('123'))` was `'6'`). Its built-in tag cannot be faked by a plain object
 * without `Symbol.toStringTag`, and reading it runs no caller code but a `Symbol.toStringTag` getter.
 */
function isBoxedString(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object String]';
}

/**
 * @internal Checks that a value is an iterable collection (not a string, boxed or not), or throws
 * `INVALID_ARGUMENT` (reason `boxed` for a boxed string). An array passes at once.
 */
export function assertIterable<T>(value: unknown, parameter: string): asserts value is Iterable<T> {
  if (Array.isArray(value)) return;
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  ) {
    if (!isBoxedString(value)) return;
    throw invalidArgument(parameter, value, 'an iterable (array, generator...)', 'boxed');
  }
  throw invalidArgument(parameter, value, 'an iterable (array, generator...)');
}

/**
 * @internal The `INVALID_ARGUMENT` error: a required argument of the wrong shape. `reason`, when given, says
 * more (`boxed` for a boxed primitive, `unknown-key` for a key calc does not know).
 */
export function invalidArgument(
  parameter: string,
  value: unknown,
  expected: string,
  reason?: string,
): Error {
  const details = { parameter, value: describeValue(value), expected };
  return calcError(
    'INVALID_ARGUMENT',
    `Expected ${parameter} to be ${expected}, got ${describeValue(value)}${reason === undefined ? '' : ` (${reason})`}.`,
    reason === undefined ? details : { ...details, reason },
  );
}
