import { describeValue, detailValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import type { AnyAdminUnit } from './AnyAdminUnit';
import {
  continuationsOn,
  dayOrToday,
  isProvinceUnit,
  provinceCandidates,
  UNIT_BY_ID,
} from './adminIndex';
import type { ProvinceUnit } from './ProvinceUnit';

/**
 * "What is X now?": the provincial unit(s) that a name or id has become on `asOf`, following the
 * successors of every unit that ever had that name. An array because a unit may be split
 * (one-to-many); for provinces the 2025 reform produced exactly one each.
 *
 * @param query - an id such as `'phu-yen'` or a name in any spelling (see {@link provinceOn}).
 * @param asOf - the date to resolve to, a `Date` (its local calendar date) or `YYYY-MM-DD`;
 *   default: today.
 * @returns the units valid on `asOf`, in code order (empty if the unit only begins later).
 * @throws {@link KhuyenCongError} `UNKNOWN_PROVINCE` when no provincial unit ever had that name or
 *   id; `INVALID_DATE` for a bad date.
 * @category Administrative units
 * @example
 * ```ts
 * import { currentProvinces } from '@khuyencong/domain';
 * [currentProvinces('Phú Yên', '2024-06-01').map((unit) => unit.name), currentProvinces('Phú Yên', '2026-11-27').map((unit) => unit.id)]
 * //=> [['Phú Yên'], ['dak-lak-2025']]
 * ```
 */
export function currentProvinces(query: string, asOf?: Date | string): ProvinceUnit[] {
  const day = dayOrToday(asOf);
  const candidates = provinceCandidates(query);
  if (candidates.length === 0) {
    fail('UNKNOWN_PROVINCE', `No provincial unit is called ${describeValue(query)}.`, {
      query: detailValue(query),
    });
  }
  const result: ProvinceUnit[] = [];
  for (const candidate of candidates) {
    for (const unit of continuationsOn<AnyAdminUnit>(candidate, day, UNIT_BY_ID)) {
      if (isProvinceUnit(unit) && !result.includes(unit)) result.push(unit);
    }
  }
  return result.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));
}
