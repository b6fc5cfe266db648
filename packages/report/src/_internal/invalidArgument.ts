import { describeValue } from '@khuyencong/internal';
import { fail } from './fail';

/**
 * @internal Throws `INVALID_OPTION` (or `INVALID_ARGUMENT`) for a parameter of a report function that has the
 * wrong shape.
 */
export function invalidArgument(
  code: 'INVALID_OPTION' | 'INVALID_ARGUMENT',
  fn: string,
  parameter: string,
  value: unknown,
  expected: string,
): never {
  const described = describeValue(value);
  return fail(code, `${fn}: ${parameter} must be ${expected}, got ${described}.`, {
    parameter,
    option: parameter,
    value: described,
    expected,
  });
}
