import { describeValue, detailValue, readOptions } from '@khuyencong/internal';
import { fail } from './fail';

/**
 * An options argument as a record of its own properties (`@khuyencong/internal`'s reader: nothing inherited or
 * polluted onto `Object.prototype` is read), or an `INVALID_OPTION` error naming `fn` when it is not a plain
 * object.
 */
export function optionsRecord(options: unknown, fn: string): Readonly<Record<string, unknown>> {
  return readOptions(options as Readonly<Record<string, unknown>> | undefined, 'options', fail, fn);
}

/** One option that must be one of `allowed`; `undefined` gives `fallback`. */
export function choiceOption<T extends string | boolean>(
  options: Readonly<Record<string, unknown>>,
  name: string,
  allowed: readonly T[],
  fallback: T,
  fn: string,
): T {
  const value = options[name];
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  return fail(
    'INVALID_OPTION',
    `${fn}: option ${name} must be one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}, got ${describeValue(value)}.`,
    { option: name, value: detailValue(value) },
  );
}

/** One option that must be an integer in [min, max]; `undefined` gives `fallback`. */
export function integerOption<F extends number | undefined>(
  options: Readonly<Record<string, unknown>>,
  name: string,
  min: number,
  max: number,
  fallback: F,
  fn: string,
): number | F {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
    return value;
  }
  return fail(
    'INVALID_OPTION',
    `${fn}: option ${name} must be an integer from ${min} to ${max}, got ${describeValue(value)}.`,
    { option: name, value: detailValue(value) },
  );
}
