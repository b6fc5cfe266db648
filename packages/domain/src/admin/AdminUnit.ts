import type { IsoDate } from '../dates/IsoDate';
import type { AdminUnitKind } from './AdminUnitKind';

/**
 * An administrative unit as a legal unit in time. A unit that is re-founded under an old name (for
 * example the Đắk Lắk province formed on 2025-07-01 from Đắk Lắk and Phú Yên) is a **different**
 * unit with its own `id`; codes are reused too, so never key on `code` without a date.
 *
 * `successorIds` and `predecessorIds` are arrays because a unit can be split between several new
 * units (one-to-many) and a new unit can be formed from several old ones (many-to-one).
 *
 * @category Administrative units
 */
export interface AdminUnit {
  /** Stable English kebab-case id, e.g. `'phu-yen'` or `'dak-lak-2025'`. */
  readonly id: string;
  /** The proper name without the kind word, e.g. `'Phú Yên'`. */
  readonly name: string;
  /** The full official name with the kind word, e.g. `'Tỉnh Phú Yên'`. */
  readonly fullName: string;
  /** The kind of unit (for provinces: the kind on the unit's last day, see {@link FormerProvinceName}). */
  readonly kind: AdminUnitKind;
  /** The statistics office (GSO/NSO) code, only where confirmed in a source. Reused across time. */
  readonly code?: string;
  /** First day the unit existed; absent when it existed before the period this library models. */
  readonly validFrom?: IsoDate;
  /** Last day the unit existed (inclusive); absent while it still exists. */
  readonly validTo?: IsoDate;
  /** Ids of the units it was formed from (empty when not modelled). */
  readonly predecessorIds: readonly string[];
  /** Ids of the units that took over its territory when it ended (empty while it exists). */
  readonly successorIds: readonly string[];
}
