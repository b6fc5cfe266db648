import { KhuyenCongError } from '../errors/KhuyenCongError';
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
      throw new KhuyenCongError('INVALID_DATE', '[@khuyencong/domain] Invalid Date object.', {
        details: { value: 'Invalid Date' },
      });
    }
    const year = String(value.getFullYear()).padStart(4, '0');
    const month = String(value.getMonth() + 1).padStart(2, '0');
    const day = String(value.getDate()).padStart(2, '0');
    const iso = `${year}-${month}-${day}`;
    if (isIsoDate(iso)) return iso;
    throw new KhuyenCongError(
      'INVALID_DATE',
      `[@khuyencong/domain] Date outside the years 1000-9999: ${iso}.`,
      { details: { value: iso } },
    );
  }
  if (isIsoDate(value)) return value;
  throw new KhuyenCongError(
    'INVALID_DATE',
    `[@khuyencong/domain] Expected a calendar date as YYYY-MM-DD, got ${describe(value)}.`,
    { details: { value: describe(value) } },
  );
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
