import type { IsoDate } from '../dates/IsoDate';
import type { AdminUnit } from './AdminUnit';

/**
 * The kinds a provincial-level unit can have.
 *
 * @category Administrative units
 */
export type ProvinceLevelKind = 'province' | 'centrally-run-city';

/**
 * A name (and kind) a provincial unit used before its current one, while remaining the same unit.
 * Example: Huế was "Tỉnh Thừa Thiên Huế" until 2024-12-31 and "Thành phố Huế", a centrally-run
 * city, from 2025-01-01 (NQ 175/2024/QH15).
 *
 * @category Administrative units
 */
export interface FormerProvinceName {
  /** The proper name, e.g. `'Thừa Thiên Huế'`. */
  readonly name: string;
  /** The full official name, e.g. `'Tỉnh Thừa Thiên Huế'`. */
  readonly fullName: string;
  /** The kind the unit had under that name. */
  readonly kind: ProvinceLevelKind;
  /** Last day the name was in use (inclusive). */
  readonly validTo: IsoDate;
  /** The legal act that changed it. */
  readonly legalRef: string;
}

/**
 * A provincial-level unit (tỉnh or thành phố trực thuộc trung ương) in time. The 63 units before
 * 2025-07-01 and the 34 from then are records of this type; the 11 units the 2025 reform left
 * unchanged are one record each that continues across the reform.
 *
 * @category Administrative units
 */
export interface ProvinceUnit extends AdminUnit {
  /** Province or centrally-run city (on the unit's last day, or today). */
  readonly kind: ProvinceLevelKind;
  /** Other names the lookups accept (abbreviations, older spellings), e.g. `'TP.HCM'`. */
  readonly aliases: readonly string[];
  /** Earlier names and kinds of the same unit, oldest first (usually empty). */
  readonly formerNames: readonly FormerProvinceName[];
}
