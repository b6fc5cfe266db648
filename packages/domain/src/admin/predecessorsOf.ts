import type { AnyAdminUnit } from './AnyAdminUnit';
import { requireUnit, UNIT_BY_ID } from './adminIndex';

/**
 * The units a unit was formed from (direct predecessors, as encoded). Empty for units whose
 * formation is not modelled (the provinces that existed before 2025, the 11 unchanged ones).
 *
 * @param id - the unit's id, e.g. `'dak-lak-2025'`.
 * @returns the predecessor units, in the order recorded.
 * @throws {@link KhuyenCongError} `UNKNOWN_PROVINCE` for an unknown id.
 * @category Administrative units
 * @example
 * ```ts
 * import { predecessorsOf } from '@khuyencong/domain';
 * predecessorsOf('dak-lak-2025').map((unit) => unit.name)
 * //=> ['Đắk Lắk', 'Phú Yên']
 * ```
 */
export function predecessorsOf(id: string): AnyAdminUnit[] {
  const unit = requireUnit(id);
  const result: AnyAdminUnit[] = [];
  for (const predecessorId of unit.predecessorIds) {
    const predecessor = UNIT_BY_ID.get(predecessorId);
    if (predecessor !== undefined) result.push(predecessor);
  }
  return result;
}
