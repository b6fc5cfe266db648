import { describeValue, readOptions } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import type { IsoDate } from './IsoDate';
import { isIsoDate } from './isIsoDate';

/**
 * Options of {@link toIsoDate}.
 *
 * @category Dates
 */
export interface ToIsoDateOptions {
  /**
   * The IANA time zone whose calendar date a `Date` stands for (`'UTC'`, `'Europe/Paris'`);
   * `'Asia/Ho_Chi_Minh'`, the law's, when absent.
   */
  readonly timeZone?: string;
}

/** Vietnam's offset from UTC: +7 h, with no daylight saving time, since 13 June 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The names of Vietnam's time zone, read at UTC+7 with no time-zone data. */
const VIETNAM = new Set(['Asia/Ho_Chi_Minh', 'Asia/Saigon']);

/** One formatter per other time zone asked for (building one costs far more than using it). */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        calendar: 'iso8601',
        numberingSystem: 'latn',
      });
    } catch {
      return unknownTimeZone(timeZone);
    }
    if (FORMATTERS.size < 64) FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

/** The `UNKNOWN_TIME_ZONE` error of a `timeZone` option that names no zone the runtime knows. */
function unknownTimeZone(timeZone: unknown): never {
  return fail(
    'UNKNOWN_TIME_ZONE',
    `Expected timeZone to be an IANA time zone name such as 'Asia/Ho_Chi_Minh', got ${describeValue(timeZone)}.`,
    { value: describeValue(timeZone), option: 'timeZone' },
  );
}

/** The `timeZone` of `options` (an own property), `'Asia/Ho_Chi_Minh'` when absent. */
function timeZoneOf(options: unknown): string {
  if (options === undefined) return 'Asia/Ho_Chi_Minh';
  const bag = readOptions(options as ToIsoDateOptions | undefined, 'options', fail);
  const given = bag.timeZone;
  if (given === undefined) return 'Asia/Ho_Chi_Minh';
  return typeof given === 'string' ? given : unknownTimeZone(given);
}

/** The year, month and day of `date` in `timeZone`. */
function calendarDate(date: Date, timeZone: string): readonly [number, number, number] {
  if (VIETNAM.has(timeZone)) {
    const shifted = new Date(date.getTime() + VIETNAM_OFFSET_MS);
    return [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()];
  }
  const parts = formatterOf(timeZone).formatToParts(date);
  const part = (type: string): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

/**
 * Turns a `Date` or a `YYYY-MM-DD` string into an {@link IsoDate}. A string is the recommended form: it is
 * the calendar date itself. A `Date` is an instant, and gives its calendar date in **Asia/Ho_Chi_Minh**, the
 * time zone of the law (UTC+7), whatever the time zone of the machine: 30 June 2025 18:00 UTC is already
 * 1 July 2025 in Vietnam, the day the merged provinces began. Vietnam's date is computed as UTC+7, exact for
 * every instant since 13 June 1975 (no daylight saving time since) and independent of the time-zone data of
 * the runtime; an earlier instant is read at UTC+7 too. `timeZone` asks for another zone's date (through
 * `Intl.DateTimeFormat`).
 *
 * @param value - a `Date` or an ISO date string.
 * @param options - `timeZone`, an IANA name (`'UTC'`); `'Asia/Ho_Chi_Minh'` when absent.
 * @returns the calendar date as `YYYY-MM-DD`.
 * @throws {@link KhuyenCongError} `INVALID_DATE` for an invalid `Date` or one outside the years
 *   1000-9999, a string that is not a real
 *   calendar date (`'2024-02-30'`) or any other value; `UNKNOWN_TIME_ZONE` for a `timeZone`
 *   the runtime does not know, or is not a string (own property of `options`, read only).
 * @category Dates
 * @example
 * ```ts
 * import { toIsoDate } from '@khuyencong/domain';
 * toIsoDate('2025-07-01')
 * //=> '2025-07-01'
 * toIsoDate(new Date('2025-06-30T18:00:00Z'))
 * //=> '2025-07-01'
 * toIsoDate(new Date('2025-06-30T18:00:00Z'), { timeZone: 'UTC' })
 * //=> '2025-06-30'
 * ```
 */
export function toIsoDate(value: Date | string, options?: ToIsoDateOptions): IsoDate {
  const timeZone = timeZoneOf(options);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      fail('INVALID_DATE', 'Invalid Date object.', { value: 'Invalid Date' });
    }
    const [year, month, day] = calendarDate(value, timeZone);
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isIsoDate(iso)) return iso;
    // The instant itself (as UTC), not the calendar date: at the end of time (8.64e15 ms) Vietnam's is not a Date.
    const instant = value.toISOString();
    fail('INVALID_DATE', `Date outside the years 1000-9999: ${instant}.`, { value: instant });
  }
  if (timeZone !== 'Asia/Ho_Chi_Minh') formatterOf(timeZone);
  if (isIsoDate(value)) return value;
  return fail(
    'INVALID_DATE',
    `Expected a calendar date as YYYY-MM-DD, got ${describeValue(value)}.`,
    { value: describeValue(value) },
  );
}
