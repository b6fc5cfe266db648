import { invalidArgument } from './requireText';

/**
 * @internal The one guard of domain for an object argument (a project, a unit): the value when it is a
 * non-null object that is not an array or a boxed primitive, else `INVALID_ARGUMENT` (reason `boxed` or `type`).
 */
export function requireRecord(value: unknown, parameter: string, fn: string): object {
  if (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof String || value instanceof Number || value instanceof Boolean)
  ) {
    return value;
  }
  return invalidArgument(value, parameter, fn, 'an object');
}
