import { describeValue } from '@khuyencong/internal';
import { fail } from './fail';

/**
 * The one guard of i18n-vi for a text argument (a name to fold, a provision of a legal reference): the value
 * when it is a string, else `INVALID_ARGUMENT` with details `parameter`, `value`, `expected` and `reason`:
 * `boxed` for `new String('…')` (never unwrapped), `type` for anything else. Never `String(value)`, which
 * writes "undefined" or "[object Object]", or throws on an object without a prototype.
 */
export function requireText(value: unknown, parameter: string, fn: string): string {
  if (typeof value === 'string') return value;
  const boxed = value instanceof String;
  const described = describeValue(value);
  return fail(
    'INVALID_ARGUMENT',
    `${fn}: expected ${parameter} to be a string, got ${boxed ? 'a boxed string' : described}.`,
    { parameter, value: described, expected: 'a string', reason: boxed ? 'boxed' : 'type' },
  );
}
