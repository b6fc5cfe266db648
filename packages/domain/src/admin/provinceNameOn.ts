import { describeValue, detailValue, ownValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { toIsoDate } from '../dates/toIsoDate';
import { isUnitValidOn, requireUnit } from './adminIndex';
import type { ProvinceLevelKind, ProvinceUnit } from './ProvinceUnit';

/**
 * The name and kind of a provincial unit as used on a date.
 *
 * @category Administrative units
 */
export interface ProvinceNameOnDate {
  /** The proper name, e.g. `'Thừa Thiên Huế'`. */
  readonly name: string;
  /** The full official name, e.g. `'Tỉnh Thừa Thiên Huế'`. */
  readonly fullName: string;
  /** Province or centrally-run city on that date. */
  readonly kind: ProvinceLevelKind;
}

/**
 * The name and kind a provincial unit had on a date, taking {@link ProvinceUnit.formerNames} into
 * account: Huế was "Tỉnh Thừa Thiên Huế" until 2024-12-31 and "Thành phố Huế", a centrally-run
 * city, from 2025-01-01.
 *
 * @param unitOrId - a provincial unit or its id (a unit is looked up by its own `id` in {@link PROVINCE_UNITS}).
 * @param date - a `Date` (its local calendar date) or `YYYY-MM-DD`.
 * @returns the name and kind, or `undefined` when the unit did not exist on that date.
 * @throws {@link KhuyenCongError} `UNKNOWN_PROVINCE` for an unknown id, a non-provincial unit, or anything but
 *   an id or a unit (`undefined`);
 *   `INVALID_DATE` for a bad date.
 * @category Administrative units
 * @example
 * ```ts
 * import { provinceNameOn } from '@khuyencong/domain';
 * [provinceNameOn('hue', '2024-12-31')?.fullName, provinceNameOn('hue', '2025-01-01')?.kind]
 * //=> ['Tỉnh Thừa Thiên Huế', 'centrally-run-city']
 * ```
 */
export function provinceNameOn(
  unitOrId: ProvinceUnit | string,
  date: Date | string,
): ProvinceNameOnDate | undefined {
  const day = toIsoDate(date);
  // A unit is looked up by its own id: the registry's unit answers, never the fields of the object given.
  const id: unknown =
    typeof unitOrId === 'object' && unitOrId !== null ? ownValue(unitOrId, 'id') : unitOrId;
  const unit = requireUnit(id as string);
  if (!('formerNames' in unit)) return requireProvince(unit.id);
  if (!isUnitValidOn(unit, day)) return undefined;
  const former = unit.formerNames.find((candidate) => day <= candidate.validTo);
  const { name, fullName, kind } = former ?? unit;
  return { name, fullName, kind };
}

function requireProvince(id: string): never {
  return fail('UNKNOWN_PROVINCE', `${describeValue(id)} is not a provincial unit.`, {
    id: detailValue(id),
  });
}
