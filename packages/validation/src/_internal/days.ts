import type { IsoDate } from '@khuyencong/domain';

const MS_PER_DAY = 86_400_000;

/** @internal The year, month (1-12) and day of an ISO date. */
export function dateParts(date: IsoDate): readonly [year: number, month: number, day: number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * @internal Writes a year (1000-9999), month and day as `YYYY-MM-DD`; a day or month out of range rolls
 * over into the next month or year (day 0 is the last day of the month before).
 */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10) as IsoDate;
}

/** @internal The date `days` days after (or before, when negative) a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = dateParts(date);
  return isoDateOf(year, month, day + days);
}

/** @internal Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = dateParts(from);
  const [y2, m2, d2] = dateParts(to);
  return (Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / MS_PER_DAY;
}
