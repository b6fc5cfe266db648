import { toIsoDate } from '../dates/toIsoDate';
import { isUnitValidOn, requireUnit } from './adminIndex';
import { REPORTING_REGIONS, type ReportingRegion } from './regions';

/**
 * The typical-product voting region (TT 26/2014/TT-BCT) a provincial unit belonged to on a date,
 * where the membership is confirmed: for the 63 pre-reform units from 2014-10-21 to 2025-06-30.
 * From 2025-07-01 no regional list was found, so the answer is `undefined` (unknown), not a guess.
 *
 * @param provinceId - a provincial unit id, e.g. `'phu-yen'`.
 * @param date - a `Date` (its local calendar date) or `YYYY-MM-DD`.
 * @returns the region, or `undefined` when the unit did not exist then or its membership is unknown.
 * @throws {@link KhuyenCongError} `UNKNOWN_PROVINCE` for an unknown id; `INVALID_DATE` for a bad date.
 * @category Administrative units
 * @example
 * ```ts
 * import { regionOf } from '@khuyencong/domain';
 * [regionOf('phu-yen', '2024-06-01')?.shortName, regionOf('nghe-an', '2024-06-01')?.id, regionOf('dak-lak-2025', '2025-07-01')]
 * //=> ['miền Trung - Tây Nguyên', 'north', undefined]
 * ```
 */
export function regionOf(provinceId: string, date: Date | string): ReportingRegion | undefined {
  const day = toIsoDate(date);
  const unit = requireUnit(provinceId);
  if (!isUnitValidOn(unit, day)) return undefined;
  return REPORTING_REGIONS.find((region) =>
    region.memberships.some(
      (membership) =>
        membership.provinceIds.includes(unit.id) &&
        membership.validFrom <= day &&
        (membership.validTo === undefined || day <= membership.validTo),
    ),
  );
}
