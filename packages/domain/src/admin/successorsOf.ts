import type { AnyAdminUnit } from './AnyAdminUnit';
import { continuationsOn, dayOrToday, requireUnit, UNIT_BY_ID } from './adminIndex';

/**
 * The units that continue a unit on a date: the unit itself while it exists, otherwise its
 * successors followed transitively to the ones valid on `asOf`. Works for provinces and for the
 * sub-provincial examples; a split unit gives several (one-to-many).
 *
 * @param id - the unit's id, e.g. `'phu-yen'` or `'ward-9-tuy-hoa-phu-yen'`.
 * @param asOf - a `Date` (its local calendar date) or `YYYY-MM-DD`; default: today.
 * @returns the units valid on `asOf` (provinces with their name and kind of that date); empty when `asOf`
 *   is before the unit began.
 * @throws {@link KhuyenCongError} `UNKNOWN_PROVINCE` for an unknown id; `INVALID_DATE` for a bad date.
 * @category Administrative units
 * @example
 * ```ts
 * import { successorsOf } from '@khuyencong/domain';
 * [successorsOf('phu-yen', '2025-07-01').map((unit) => unit.id), successorsOf('ward-9-tuy-hoa-phu-yen', '2025-07-01').map((unit) => unit.name)]
 * //=> [['dak-lak-2025'], ['Tuy Hòa', 'Bình Kiến']]
 * ```
 */
export function successorsOf(id: string, asOf?: Date | string): AnyAdminUnit[] {
  const day = dayOrToday(asOf);
  return continuationsOn(requireUnit(id), day, UNIT_BY_ID);
}
