import { type IsoDate, isIsoDate } from '@khuyencong/domain';

/** The YYYY-MM-DD strings already found to be calendar dates (a file repeats a few hundred dates). */
const VALID_DATES = new Set<string>();
const MAX_VALID_DATES = 10_000;

/**
 * @internal `isIsoDate` of `@khuyencong/domain`, remembered for the strings that are dates (it runs on every
 * date of every row checked; a string is a date or not for good).
 */
export function isKnownIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  if (VALID_DATES.has(value)) return true;
  if (!isIsoDate(value)) return false;
  if (VALID_DATES.size >= MAX_VALID_DATES) VALID_DATES.clear();
  VALID_DATES.add(value);
  return true;
}
