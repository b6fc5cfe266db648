import { toIsoDate } from '../dates/toIsoDate';
import type { CommuneUnit } from './CommuneUnit';
import { communeAsOn, communeIndex, isCommuneValidOn, requireProvinceIdOn } from './communeIndex';

/**
 * Every commune-level unit that existed on a date, in code order, each with its name and kind of that date;
 * optionally only those of one province. From 2025-07-01: 3,321 units (687 phường, 2,621 xã, 13 đặc khu);
 * from 2026-04-30, 697 phường and 2,611 xã (10 xã of Đồng Nai became phường). Up to 2025-06-30: the units of
 * 2025-06-30 the data lists (changes before then are not modelled).
 *
 * @param date - a `Date` (its local calendar date) or `YYYY-MM-DD`.
 * @param province - a provincial unit's id or name on that date (see `provinceOn`); default: all provinces.
 * @returns the units valid on that date.
 * @throws {@link KhuyenCongError} `INVALID_DATE` for a bad date; `UNKNOWN_PROVINCE` when `province` names no
 *   provincial unit on that date.
 * @category Commune-level units
 * @example
 * ```ts
 * import { communesOn } from '@khuyencong/domain/communes';
 * const kinds = (date: string) => communesOn(date).reduce<Record<string, number>>((count, unit) => ({ ...count, [unit.kind]: (count[unit.kind] ?? 0) + 1 }), {});
 * [communesOn('2025-07-01').length, kinds('2025-07-01'), kinds('2026-04-30')['ward']]
 * //=> [3321, { ward: 687, commune: 2621, 'special-zone': 13 }, 697]
 * communesOn('2025-07-01', 'Huế').length
 * //=> 40
 * ```
 */
export function communesOn(date: Date | string, province?: string): CommuneUnit[] {
  const day = toIsoDate(date);
  const provinceId = province === undefined ? undefined : requireProvinceIdOn(province, day);
  return communeIndex()
    .all.filter(
      (unit) =>
        (provinceId === undefined || unit.provinceId === provinceId) && isCommuneValidOn(unit, day),
    )
    .map((unit) => communeAsOn(unit, day))
    .sort((a, b) => a.code.localeCompare(b.code));
}
