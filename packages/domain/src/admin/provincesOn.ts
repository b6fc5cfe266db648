import { toIsoDate } from '../dates/toIsoDate';
import { isUnitValidOn } from './adminIndex';
import type { ProvinceUnit } from './ProvinceUnit';
import { PROVINCE_UNITS } from './provinces';
import { unitAsOn } from './unitAsOn';

/**
 * All provincial units that existed on a date, in code order: 63 up to 2025-06-30, 34 from
 * 2025-07-01. Each has the name and kind of that date: Huế is a `province` ("Tỉnh Thừa Thiên Huế") up
 * to 2024-12-31, Đồng Nai a `province` up to 2026-04-29 and a `centrally-run-city` from 2026-04-30.
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
 * const kindOf = (date: string, id: string) => provincesOn(date).find((unit) => unit.id === id)?.kind;
 * [kindOf('2024-12-31', 'hue'), kindOf('2025-01-01', 'hue'), kindOf('2026-04-29', 'dong-nai-2025'), kindOf('2026-04-30', 'dong-nai-2025')]
 * //=> ['province', 'centrally-run-city', 'province', 'centrally-run-city']
 * ```
 */
export function provincesOn(date: Date | string): ProvinceUnit[] {
  const day = toIsoDate(date);
  return PROVINCE_UNITS.filter((unit) => isUnitValidOn(unit, day))
    .map((unit) => unitAsOn(unit, day))
    .sort(byCode);
}

function byCode(a: ProvinceUnit, b: ProvinceUnit): number {
  return (a.code ?? '').localeCompare(b.code ?? '') || a.id.localeCompare(b.id);
}
