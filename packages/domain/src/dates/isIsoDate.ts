import type { IsoDate } from './IsoDate';

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (years 1000-9999; leap years checked).
 *
 * @param value - anything.
 * @returns `true` for a string such as `'2024-02-29'`, `false` for `'2023-02-29'`, `'2024-2-1'` or a `Date`.
 * @category Dates
 * @example
 * ```ts
 * import { isIsoDate } from '@khuyencong/domain';
 * [isIsoDate('2024-02-29'), isIsoDate('2023-02-29'), isIsoDate('2024-13-01'), isIsoDate('2024-6-1')]
 * //=> [true, false, false, false]
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  // Read character by character (no regular expression, no match array): it runs on every row of a file.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DASH = 45;
const ZERO = 48;

/** The number the ASCII digits `value[from..from+count)` write, or -1 when one is not a digit. */
function digitsAt(value: string, from: number, count: number): number {
  let number = 0;
  for (let index = from; index < from + count; index++) {
    const digit = value.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** @internal Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
