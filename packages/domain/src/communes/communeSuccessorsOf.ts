import { continuationsOn, dayOrToday } from '../admin/adminIndex';
import type { CommuneUnit } from './CommuneUnit';
import { communeIndex, requireCommune } from './communeIndex';

/**
 * The commune-level units that continue a unit on a date, as `successorsOf` does for provinces: the unit
 * itself while it exists, otherwise its successors followed to the ones valid on `asOf`, each with its name
 * and kind of that date. A unit split by the 2025 reform gives several (each took a part of it).
 *
 * @param id - the unit's id, e.g. `'commune-06970'` (the thị trấn Ba Chẽ, until 2025-06-30).
 * @param asOf - a `Date` (its local calendar date) or `YYYY-MM-DD`; default: today.
 * @returns the units valid on `asOf`; empty when `asOf` is before the unit began.
 * @throws {@link KhuyenCongError} `UNKNOWN_PROVINCE` for an unknown id (the code for any unknown unit id);
 *   `INVALID_DATE` for a bad date.
 * @category Commune-level units
 * @example
 * ```ts
 * import { communeSuccessorsOf } from '@khuyencong/domain/communes';
 * communeSuccessorsOf('commune-06970', '2025-07-01').map((unit) => unit.fullName)
 * //=> ['Xã Ba Chẽ']
 * communeSuccessorsOf('commune-00166', '2025-07-01').map((unit) => unit.fullName)
 * //=> ['Phường Nghĩa Đô', 'Phường Cầu Giấy']
 * ```
 */
export function communeSuccessorsOf(id: string, asOf?: Date | string): CommuneUnit[] {
  const day = dayOrToday(asOf);
  return continuationsOn(requireCommune(id), day, communeIndex().byId);
}
