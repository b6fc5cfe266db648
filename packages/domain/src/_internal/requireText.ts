import { describeValue } from '@khuyencong/internal';
import { fail } from './fail';

/** The JS wrappers of primitives: `new String('1')` is an object that only looks like its string. */
function isBoxedPrimitive(value: unknown): boolean {
  return (
    value instanceof String ||
    value instanceof Number ||
    value instanceof Boolean ||
    value instanceof BigInt ||
    value instanceof Symbol
  );
}

/**
 * @internal The one guard of domain for a text argument (a name, a code, a message): the value when it is a
 * string, else `INVALID_ARGUMENT` with details `parameter`, `value`, `expected` and `reason`: `boxed` for
 * `new String('…')` (never unwrapped: it is not a string), `type` for anything else.
 */
export function requireText(value: unknown, parameter: string, fn: string): string {
  if (typeof value === 'string') return value;
  return invalidArgument(value, parameter, fn, 'a string');
}

/** @internal Throws `INVALID_ARGUMENT` for `value` of `parameter`, which should have been `expected`. */
export function invalidArgument(
  value: unknown,
  parameter: string,
  fn: string,
  expected: string,
): never {
  const reason = isBoxedPrimitive(value) ? 'boxed' : 'type';
  const described = describeValue(value);
  return fail(
    'INVALID_ARGUMENT',
    `${fn}: expected ${parameter} to be ${expected}, got ${reason === 'boxed' ? 'a boxed primitive' : described}.`,
    { parameter, value: described, expected, reason },
  );
}
