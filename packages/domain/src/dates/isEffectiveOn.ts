import { ownValue } from '@khuyencong/internal';
import { isKhuyenCongError } from '../errors/isKhuyenCongError';
import type { IsoDate } from './IsoDate';
import { isIsoDate } from './isIsoDate';
import { toIsoDate } from './toIsoDate';

/**
 * Something that is in force between two dates, both inclusive; a missing bound is open.
 *
 * @category Dates
 */
export interface EffectivePeriod {
  /** First day in force. */
  readonly effectiveFrom?: IsoDate;
  /** Last day in force (inclusive); absent while still in force. */
  readonly effectiveTo?: IsoDate;
}

/**
 * Whether a rule, document or code is in force on a date (both bounds inclusive).
 *
 * A predicate: it never throws. It answers `false` when it cannot say `true`: an `item` that is not a plain
 * object (an array, a `Map`, `null`, a string), a bound that is present but not a `YYYY-MM-DD` calendar date,
 * a `date` that is not one (or an invalid `Date`). Only the item's own bounds are read.
 *
 * @param item - a plain object with `effectiveFrom` / `effectiveTo` (a document, a rule set).
 * @param date - the date to test, a `Date` or `YYYY-MM-DD`.
 * @returns `true` when `effectiveFrom <= date <= effectiveTo`; `false` otherwise, and for hostile input.
 * @category Dates
 * @example
 * ```ts
 * import { isEffectiveOn } from '@khuyencong/domain';
 * const ttlt26 = { effectiveFrom: '2014-04-08', effectiveTo: '2018-05-10' } as const;
 * [isEffectiveOn(ttlt26, '2018-05-10'), isEffectiveOn(ttlt26, '2018-05-11')]
 * //=> [true, false]
 * [isEffectiveOn(ttlt26, '2018-02-30'), isEffectiveOn({ effectiveFrom: 20140408 } as never, '2018-05-10'), isEffectiveOn({}, '2018-05-10')]
 * //=> [false, false, true]
 * ```
 */
export function isEffectiveOn(item: EffectivePeriod, date: Date | string): boolean {
  if (!isPlainObject(item)) return false;
  const from: unknown = ownValue(item, 'effectiveFrom');
  const to: unknown = ownValue(item, 'effectiveTo');
  if ((from !== undefined && !isIsoDate(from)) || (to !== undefined && !isIsoDate(to)))
    return false;
  const day = dayOf(date);
  if (day === undefined || (from !== undefined && day < from)) return false;
  return to === undefined || day <= to;
}

/** The calendar date of a `Date` or `YYYY-MM-DD` string, or `undefined` for anything else. */
function dayOf(date: unknown): IsoDate | undefined {
  if (typeof date === 'string') return isIsoDate(date) ? date : undefined;
  if (!(date instanceof Date)) return undefined;
  try {
    return toIsoDate(date);
  } catch (error) {
    // An invalid Date, or one outside the years 1000-9999: no day, so not in force.
    if (isKhuyenCongError(error)) return undefined;
    throw error;
  }
}

/** An object literal (or one made by `Object.create(null)`): not an array, a `Date`, a `Map`, a boxed primitive. */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
