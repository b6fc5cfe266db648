import { toIsoDate } from '../dates/toIsoDate';
import { isUnitValidOn } from './adminIndex';
import type { ProvinceUnit } from './ProvinceUnit';
import { PROVINCE_UNITS } from './provinces';

/**
 * All provincial units that existed on a date, in code order: 63 up to 2025-06-30, 34 from
 * 2025-07-01.
 *
 * @param date - a `Date` (its local calendar date) or `YYYY-MM-DD`.
 * @returns the units valid on that date.
 * @throws {@link KhuyenCongError} `INVALID_DATE` for a bad date.
 * @category Administrative units
 * @example
 * ```ts
 * import { provincesOn } from '@khuyencong/domain';
 * [provincesOn('2025-06-30').length, provincesOn('2025-07-01').length]
 * //=> [63, 34]
 * ```
 */
export function provincesOn(date: Date | string): ProvinceUnit[] {
  const day = toIsoDate(date);
  return PROVINCE_UNITS.filter((unit) => isUnitValidOn(unit, day)).sort(byCode);
}

function byCode(a: ProvinceUnit, b: ProvinceUnit): number {
  return (a.code ?? '').localeCompare(b.code ?? '') || a.id.localeCompare(b.id);
}
