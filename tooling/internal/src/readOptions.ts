import { describeValue } from './describeValue';

/**
 * What {@link readOptions} reports a bad options argument with: a package's error builder or its `fail`
 * (a `fail` throws by itself; a built error is thrown by `readOptions`).
 */
export type OptionError = (
  code: 'INVALID_OPTION',
  message: string,
  details: Readonly<Record<string, string>>,
) => Error;

/**
 * The prototype of every bag {@link readOptions} returns: empty, frozen and without a prototype itself, so a
 * bag inherits nothing (not `Object.prototype`), yet its properties stay fast (a bag made by
 * `Object.create(null)` is a dictionary: reading it costs several times as much).
 */
const NOTHING: object = Object.freeze(Object.create(null));

/** What {@link readOptions} says a bad options argument should have been. */
const EXPECTED = 'a plain object';

/**
 * Whether a value is a plain object: its prototype is `Object.prototype` (of this realm or another: a root
 * prototype) or `null`. Arrays, dates, maps, boxed primitives and class instances are not.
 */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/**
 * Reads an options argument the one way every package does: `undefined` is an empty bag; a plain object
 * gives a copy of its OWN enumerable string-keyed properties that inherits nothing (its prototype is an
 * empty frozen object without a prototype), so an inherited property, or one polluted onto
 * `Object.prototype`, is never read; anything else (an array, a string, a `Date`, a
 * `Map`, a class instance, a boxed primitive) is an `INVALID_OPTION` error with details `parameter`,
 * `value` ({@link describeValue}) and `expected`. The values are not checked: that is the caller's part.
 *
 * @param options - the argument as passed.
 * @param parameter - its name, for the error: `'options'`.
 * @param error - the package's error builder or `fail`.
 * @param fn - the public function reading it, when the message should name it (`formatVnd: Expected …`).
 * @returns a new object with the given options, inheriting nothing.
 */
export function readOptions<T extends object>(
  options: T | undefined,
  parameter: string,
  error: OptionError,
  fn?: string,
): Partial<T> {
  const bag: Record<string, unknown> = Object.create(NOTHING);
  if (options === undefined) return bag as Partial<T>;
  if (isPlainObject(options)) {
    for (const key of Object.keys(options)) bag[key] = (options as Record<string, unknown>)[key];
    return bag as Partial<T>;
  }
  const value = describeValue(options);
  throw error(
    'INVALID_OPTION',
    `${fn === undefined ? '' : `${fn}: `}Expected ${parameter} to be ${EXPECTED}, got ${value}.`,
    { parameter, value, expected: EXPECTED },
  );
}
