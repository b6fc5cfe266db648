import { invalidArgument } from './invalidArgument';
import { isCallable } from './isCallable';
import { isPlainRecord } from './isPlainRecord';
import { ownField } from './ownField';

/** @internal What a field of an argument must be: a test, and the words for the error. */
export interface FieldShape {
  readonly test: (value: unknown) => boolean;
  readonly expected: string;
}

/** @internal A string. */
export const STRING: FieldShape = Object.freeze({
  test: (value: unknown) => typeof value === 'string',
  expected: 'a string',
});

/** @internal A whole number, 0 or more. */
export const COUNT: FieldShape = Object.freeze({
  test: (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0,
  expected: 'a whole number, 0 or more',
});

/** @internal An array (its items are checked where they are read). */
export const ARRAY: FieldShape = Object.freeze({
  test: (value: unknown) => Array.isArray(value),
  expected: 'an array',
});

/** @internal A plain object. */
export const RECORD: FieldShape = Object.freeze({
  test: isPlainRecord,
  expected: 'a plain object',
});

/** @internal A function that can be called (not a class). */
export const FUNCTION: FieldShape = Object.freeze({
  test: isCallable,
  expected: 'a function',
});

/** @internal An array of plain objects (every index, holes included). */
export const RECORDS: FieldShape = Object.freeze({
  test: (value: unknown) => Array.isArray(value) && everyIndex(value, isPlainRecord),
  expected: 'an array of plain objects',
});

/** @internal Whether `test` holds for the item at every index of an array, holes included (`every` skips them). */
export function everyIndex(array: readonly unknown[], test: (item: unknown) => boolean): boolean {
  for (let index = 0; index < array.length; index++) if (!test(array[index])) return false;
  return true;
}

/** @internal A string, one of `values`. */
export function oneOf(values: readonly string[]): FieldShape {
  return Object.freeze({
    test: (value: unknown) => typeof value === 'string' && values.includes(value),
    expected: `one of ${values.join(', ')}`,
  });
}

/** @internal `shape`, or absent (`undefined`). */
export function optional(shape: FieldShape): FieldShape {
  return Object.freeze({
    test: (value: unknown) => value === undefined || shape.test(value),
    expected: `${shape.expected}, or absent`,
  });
}

/**
 * @internal Checks an argument of a public function against the shapes of its fields (own properties only):
 * `INVALID_ARGUMENT` (or `code`: `INVALID_OPTION` for an option) naming the first field that is wrong (`item.finding.code`), else the argument as a plain
 * object.
 */
export function checkShape(
  value: unknown,
  fields: Readonly<Record<string, FieldShape>>,
  fn: string,
  parameter: string,
  code: 'INVALID_ARGUMENT' | 'INVALID_OPTION' = 'INVALID_ARGUMENT',
): Readonly<Record<string, unknown>> {
  if (!isPlainRecord(value)) {
    return invalidArgument(code, fn, parameter, value, 'a plain object');
  }
  for (const key of Object.keys(fields)) {
    const shape = fields[key] as FieldShape;
    const field = ownField(value, key);
    if (!shape.test(field)) {
      invalidArgument(code, fn, `${parameter}.${key}`, field, shape.expected);
    }
  }
  return value;
}
