import type { IsoDate } from './IsoDate';
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
 * @param item - anything with `effectiveFrom` / `effectiveTo`.
 * @param date - the date to test, a `Date` or `YYYY-MM-DD`.
 * @returns `true` when `effectiveFrom <= date <= effectiveTo`.
 * @throws {@link KhuyenCongError} `INVALID_DATE` for a bad date.
 * @category Dates
 * @example
 * ```ts
 * import { isEffectiveOn } from '@khuyencong/domain';
 * const ttlt26 = { effectiveFrom: '2014-04-08', effectiveTo: '2018-05-10' } as const;
 * [isEffectiveOn(ttlt26, '2018-05-10'), isEffectiveOn(ttlt26, '2018-05-11')]
 * //=> [true, false]
 * ```
 */
export function isEffectiveOn(item: EffectivePeriod, date: Date | string): boolean {
  const day = toIsoDate(date);
  if (item.effectiveFrom !== undefined && day < item.effectiveFrom) return false;
  return item.effectiveTo === undefined || day <= item.effectiveTo;
}
