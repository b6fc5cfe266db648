import {
  type IsoDate,
  isKhuyenCongError,
  type ToIsoDateOptions,
  toIsoDate,
} from '@khuyencong/domain';
import { describeValue, readOptions } from '@khuyencong/internal';
import { fail } from './fail';
import { isKnownIsoDate } from './isKnownIsoDate';

/**
 * @internal The "as of" date of a check: the `asOf` option (a `Date`, its calendar date in `timeZone`,
 * Vietnam's when absent, or `YYYY-MM-DD`), else the fallback.
 * @throws `INVALID_OPTION` when `asOf` is not a date, or when it is absent and there is no fallback;
 *   `UNKNOWN_TIME_ZONE` when `timeZone` is given and names no time zone (even when `asOf` is a string, so that
 *   a misspelt zone is never ignored).
 */
export function resolveAsOf(
  asOf: unknown,
  fallback: IsoDate | undefined,
  missing: string,
  timeZone?: unknown,
): IsoDate {
  const zone: ToIsoDateOptions | undefined =
    timeZone === undefined ? undefined : { timeZone: timeZone as string };
  // toIsoDate checks the zone (UNKNOWN_TIME_ZONE) before it reads the date.
  if (zone !== undefined) toIsoDate(NO_DATE, zone);
  if (asOf === undefined) {
    if (fallback !== undefined) return fallback;
    return fail('INVALID_OPTION', `The asOf date is required: ${missing}.`, {
      parameter: 'asOf',
      value: 'undefined',
      expected: 'a Date or a YYYY-MM-DD calendar date',
    });
  }
  if (isKnownIsoDate(asOf)) return asOf;
  // Its calendar date in the zone (toIsoDate); an invalid Date or one outside the years 1000-9999 is not accepted.
  if (asOf instanceof Date && Number.isFinite(asOf.getTime())) {
    const day = calendarDateOf(asOf, zone);
    if (day !== undefined) return day;
  }
  return fail(
    'INVALID_OPTION',
    `Expected asOf to be a Date or a YYYY-MM-DD calendar date, got ${describeValue(asOf)}.`,
    {
      parameter: 'asOf',
      value: describeValue(asOf),
      expected: 'a Date or a YYYY-MM-DD calendar date',
    },
  );
}

/** A calendar date toIsoDate accepts with any zone, to check a zone alone. */
const NO_DATE = '2000-01-01';

/** The calendar date of `date` in the zone, or `undefined` when it falls outside the years 1000-9999. */
function calendarDateOf(date: Date, zone: ToIsoDateOptions | undefined): IsoDate | undefined {
  try {
    return toIsoDate(date, zone);
  } catch (error) {
    if (isKhuyenCongError(error, ['INVALID_DATE'])) return undefined;
    throw error;
  }
}

/** @internal Whether a value is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @internal An options object whose values are not checked yet. */
export type Unchecked<T> = { readonly [K in keyof T]?: unknown };

/**
 * @internal The options object of a call as its own properties (`@khuyencong/internal`'s reader: nothing
 * inherited or polluted onto `Object.prototype` is read), its values still unchecked, or an `INVALID_OPTION`
 * error when it is not a plain object.
 */
export function optionsObject<T extends object>(options: T | undefined): Unchecked<T> {
  if (typeof options === 'object' && options !== null && Object.isFrozen(options)) {
    const known = FROZEN_OPTIONS.get(options);
    if (known !== undefined) return known as Unchecked<T>;
    const bag = readOptions(options, 'options', fail);
    if (holdsDataOnly(options)) FROZEN_OPTIONS.set(options, Object.freeze(bag));
    return bag;
  }
  return readOptions(options, 'options', fail);
}

/**
 * The options read from frozen options objects of data properties only, which read the same every time (a
 * caller that checks every row of a file with one frozen options object has them copied once, not per call).
 */
const FROZEN_OPTIONS = new WeakMap<object, Readonly<Record<string, unknown>>>();

/** Whether every own property of an object is a data property (no getter, which could answer differently). */
function holdsDataOnly(object: object): boolean {
  const descriptors = Object.getOwnPropertyDescriptors(object);
  for (const key of Reflect.ownKeys(descriptors)) {
    if (!('value' in (descriptors[key as string] as PropertyDescriptor))) return false;
  }
  return true;
}
