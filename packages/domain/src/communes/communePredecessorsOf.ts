import type { CommuneUnit } from './CommuneUnit';
import { communeIndex, requireCommune } from './communeIndex';

/**
 * The units a commune-level unit was formed from (direct predecessors, as the data records them), as
 * `predecessorsOf` does for provinces. Empty for the units that ended on 2025-06-30 (their formation is not
 * modelled) and for the đặc khu formed from a district without communes.
 *
 * @param id - the unit's id, e.g. `'commune-06970-2025'`.
 * @returns the predecessor units, in code order.
 * @throws {@link KhuyenCongError} `UNKNOWN_PROVINCE` for an unknown id (the code for any unknown unit id).
 * @category Commune-level units
 * @example
 * ```ts
 * import { communePredecessorsOf } from '@khuyencong/domain/communes';
 * communePredecessorsOf('commune-06970-2025').map((unit) => unit.fullName)
 * //=> ['Thị trấn Ba Chẽ', 'Xã Thanh Sơn', 'Xã Nam Sơn', 'Xã Đồn Đạc']
 * ```
 */
export function communePredecessorsOf(id: string): CommuneUnit[] {
  const unit = requireCommune(id);
  const { byId } = communeIndex();
  return unit.predecessorIds
    .flatMap((predecessorId) => byId.get(predecessorId) ?? [])
    .sort((a, b) => a.code.localeCompare(b.code));
}
