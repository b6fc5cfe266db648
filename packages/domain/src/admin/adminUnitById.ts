import type { AnyAdminUnit } from './AnyAdminUnit';
import { UNIT_BY_ID } from './adminIndex';

/**
 * The encoded unit with an id (a provincial unit or a sub-provincial example), whatever its dates.
 *
 * @param id - e.g. `'phu-yen'`, `'dak-lak-2025'`, `'cu-ne-commune-dak-lak'`.
 * @returns the unit, or `undefined` for an unknown id.
 * @category Administrative units
 * @example
 * ```ts
 * import { adminUnitById } from '@khuyencong/domain';
 * [adminUnitById('cu-ne-commune-dak-lak')?.fullName, adminUnitById('atlantis')]
 * //=> ['Xã Cư Né', undefined]
 * ```
 */
export function adminUnitById(id: string): AnyAdminUnit | undefined {
  return UNIT_BY_ID.get(id);
}
