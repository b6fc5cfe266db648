import type { IsoDate } from './IsoDate';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** @internal Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
