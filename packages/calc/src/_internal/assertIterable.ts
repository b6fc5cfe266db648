import { describeValue } from '@khuyencong/internal';
import { calcError } from './calcError';

/** @internal Checks that a value is an iterable collection (not a string), or throws `INVALID_ARGUMENT`. */
export function assertIterable<T>(value: unknown, parameter: string): asserts value is Iterable<T> {
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  ) {
    return;
  }
  throw invalidArgument(parameter, value, 'an iterable (array, generator...)');
}

/** @internal The `INVALID_ARGUMENT` error: a required argument of the wrong shape. */
export function invalidArgument(parameter: string, value: unknown, expected: string): Error {
  return calcError(
    'INVALID_ARGUMENT',
    `Expected ${parameter} to be ${expected}, got ${describeValue(value)}.`,
    {
      parameter,
      value: describeValue(value),
      expected,
    },
  );
}
