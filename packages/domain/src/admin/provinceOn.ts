import { toIsoDate } from '../dates/toIsoDate';
import { isUnitValidOn, provinceCandidates } from './adminIndex';
import type { ProvinceUnit } from './ProvinceUnit';
import { unitAsOn } from './unitAsOn';

/**
 * Which provincial unit a name (or id) referred to on a given date. Names are matched without
 * regard to case, diacritics, accent placement or punctuation, with or without the kind word
 * ("Tỉnh Phú Yên", "TP Hồ Chí Minh", "Thành phố Đà Nẵng"); former names and common aliases are
 * accepted ("Thừa Thiên Huế" finds Huế, "TP.HCM" finds Hồ Chí Minh). The same name can mean
 * different units on different dates: "Đắk Lắk" on 2025-06-30 is the old province, on 2025-07-01
 * the merged one (`dak-lak-2025`).
 *
 * @param query - an id such as `'phu-yen'` or a name as written.
 * @param date - a `Date` (its local calendar date) or `YYYY-MM-DD`.
 * @returns the unit valid on that date, with its name and kind of that date (Đồng Nai is a `province` on
 *   2026-04-29, a `centrally-run-city` on 2026-04-30), or `undefined` when no unit of that name or id existed
 *   then.
 * @throws {@link KhuyenCongError} `INVALID_DATE` for a bad date; `UNKNOWN_PROVINCE` when `query`
 *   is not a string.
 * @category Administrative units
 * @example
 * ```ts
 * import { provinceOn } from '@khuyencong/domain';
 * [provinceOn('Phú Yên', '2024-06-01')?.name, provinceOn('tỉnh Đắk Lắk', '2025-07-01')?.id, provinceOn('Phú Yên', '2025-07-01')]
 * //=> ['Phú Yên', 'dak-lak-2025', undefined]
 * ```
 */
export function provinceOn(query: string, date: Date | string): ProvinceUnit | undefined {
  const day = toIsoDate(date);
  const unit = provinceCandidates(query).find((candidate) => isUnitValidOn(candidate, day));
  return unit === undefined ? undefined : unitAsOn(unit, day);
}
