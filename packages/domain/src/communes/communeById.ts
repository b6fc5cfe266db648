import type { CommuneUnit } from './CommuneUnit';
import { communeIndex } from './communeIndex';

/**
 * The commune-level unit with an id, whatever its dates: `commune-<code>-2025` for a unit from 2025-07-01,
 * `commune-<code>` for one that ended on 2025-06-30.
 *
 * @param id - e.g. `'commune-06970-2025'`.
 * @returns the unit (with its kind of today), or `undefined` for an unknown id.
 * @category Commune-level units
 * @example
 * ```ts
 * import { communeById } from '@khuyencong/domain/communes';
 * [communeById('commune-06970-2025')?.fullName, communeById('commune-06970')?.fullName, communeById('atlantis')]
 * //=> ['Xã Ba Chẽ', 'Thị trấn Ba Chẽ', undefined]
 * ```
 */
export function communeById(id: string): CommuneUnit | undefined {
  return typeof id === 'string' ? communeIndex().byId.get(id) : undefined;
}
