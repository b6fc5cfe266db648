import { describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { toIsoDate } from '../dates/toIsoDate';
import { UNIT_BY_ID } from './adminIndex';
import type { ProvinceUnit } from './ProvinceUnit';
import { REPORTING_REGIONS, type ReportingRegionId } from './regions';
import { unitAsOn } from './unitAsOn';

/**
 * The provincial units of a typical-product voting region on a date, as far as confirmed.
 *
 * @param regionId - `'north'`, `'central-highlands'` or `'south'`.
 * @param date - a `Date` (its local calendar date) or `YYYY-MM-DD`.
 * @returns the member units in the legal text's order, each with its name and kind of that date (Huế a
 *   `province` up to 2024-12-31), or `undefined` when no list is known for that
 *   date (before 2014-10-21, or from 2025-07-01).
 * @throws {@link KhuyenCongError} `UNKNOWN_CODE` for an unknown region id; `INVALID_DATE` for a bad date.
 * @category Administrative units
 * @example
 * ```ts
 * import { provincesInRegionOn } from '@khuyencong/domain';
 * [provincesInRegionOn('central-highlands', '2024-06-01')?.length, provincesInRegionOn('south', '2025-07-01')]
 * //=> [15, undefined]
 * ```
 */
export function provincesInRegionOn(
  regionId: ReportingRegionId,
  date: Date | string,
): ProvinceUnit[] | undefined {
  const day = toIsoDate(date);
  const region = REPORTING_REGIONS.find((candidate) => candidate.id === regionId);
  if (region === undefined) {
    fail('UNKNOWN_CODE', `Unknown reporting region ${describeValue(regionId)}.`, {
      value: detailValue(regionId),
      list: 'ReportingRegionId',
    });
  }
  const membership = region.memberships.find(
    (candidate) =>
      candidate.validFrom <= day && (candidate.validTo === undefined || day <= candidate.validTo),
  );
  if (membership === undefined) return undefined;
  return membership.provinceIds.flatMap((id) => {
    const unit = UNIT_BY_ID.get(id);
    return unit !== undefined && 'formerNames' in unit ? [unitAsOn(unit, day)] : [];
  });
}
