import { describeValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import type { IsoDate } from './IsoDate';
import { isIsoDate } from './isIsoDate';

/**
 * Turns a `Date` or a `YYYY-MM-DD` string into an {@link IsoDate}. A `Date` gives its **local**
 * calendar date (as date-fns does), so `new Date(2024, 5, 1)` is `'2024-06-01'` in every time zone.
 *
 * @param value - a `Date` or an ISO date string.
 * @returns the calendar date as `YYYY-MM-DD`.
 * @throws {@link KhuyenCongError} `INVALID_DATE` for an invalid `Date` or one outside the years
 *   1000-9999, a string that is not a real
 *   calendar date (`'2024-02-30'`), or any other value.
 * @category Dates
 * @example
 * ```ts
 * import { toIsoDate } from '@khuyencong/domain';
 * [toIsoDate('2025-07-01'), toIsoDate(new Date(2024, 5, 1))]
 * //=> ['2025-07-01', '2024-06-01']
 * ```
 */
export function toIsoDate(value: Date | string): IsoDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      fail('INVALID_DATE', 'Invalid Date object.', { value: 'Invalid Date' });
    }
    const year = String(value.getFullYear()).padStart(4, '0');
    const month = String(value.getMonth() + 1).padStart(2, '0');
    const day = String(value.getDate()).padStart(2, '0');
    const iso = `${year}-${month}-${day}`;
    if (isIsoDate(iso)) return iso;
    fail('INVALID_DATE', `Date outside the years 1000-9999: ${iso}.`, { value: iso });
  }
  if (isIsoDate(value)) return value;
  return fail(
    'INVALID_DATE',
    `Expected a calendar date as YYYY-MM-DD, got ${describeValue(value)}.`,
    { value: describeValue(value) },
  );
}
