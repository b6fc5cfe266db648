import { describeValue, readOptions } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { toIsoDate } from '../dates/toIsoDate';
import type { CommuneUnit } from './CommuneUnit';
import {
  communeAsOn,
  communeIndex,
  communeNameKeys,
  districtKey,
  isCommuneValidOn,
  requireProvinceIdOn,
} from './communeIndex';

/**
 * Options of {@link communesByNameOn}.
 *
 * @category Commune-level units
 */
export interface CommunesByNameOnOptions {
  /**
   * The district (huyện, quận, thị xã, thành phố) of a unit that ended on 2025-06-30, to tell apart units of
   * the same name in one province ("Phường 1"); with or without its kind word. Ignored from 2025-07-01 (no
   * districts).
   */
  readonly district?: string;
}

/**
 * The commune-level units of a province called a name on a date, each with its name and kind of that date.
 * Names are matched as `normalizeAdminName` folds them (case, diacritics, NFC or NFD, accent placement,
 * punctuation, spacing), with or without the kind word ("Xã", "Phường", "Thị trấn", "Đặc khu"), which is
 * not checked: "Phường Long Thành" finds the xã Long Thành on 2026-01-01 (its kind says what it was).
 * An array because one province can have two units of a name before 2025-07-01 (give `district`).
 *
 * @param name - the unit's name as written.
 * @param province - a provincial unit's id or name on that date (see `provinceOn`).
 * @param date - a `Date` (its local calendar date) or `YYYY-MM-DD`.
 * @param options - see {@link CommunesByNameOnOptions}; only own properties count.
 * @returns the matching units, in code order (empty when none).
 * @throws {@link KhuyenCongError} `INVALID_DATE` for a bad date; `UNKNOWN_PROVINCE` when `province` names no
 *   provincial unit on that date; `INVALID_ARGUMENT` when `name` is not a string; `INVALID_OPTION` for bad
 *   options.
 * @category Commune-level units
 * @example
 * ```ts
 * import { communesByNameOn } from '@khuyencong/domain/communes';
 * communesByNameOn('xa ba che', 'Quảng Ninh', '2025-07-01').map((unit) => [unit.code, unit.kind])
 * //=> [['06970', 'commune']]
 * communesByNameOn('PHƯỜNG  HẢI CHÂU', 'Đà Nẵng', '2026-01-01').map((unit) => unit.id)
 * //=> ['commune-20242-2025']
 * communesByNameOn('Phường 1', 'Hồ Chí Minh', '2025-06-30', { district: 'quận 4' }).map((unit) => [unit.code, unit.districtName])
 * //=> [['27298', 'Quận 4']]
 * ```
 */
export function communesByNameOn(
  name: string,
  province: string,
  date: Date | string,
  options: CommunesByNameOnOptions = {},
): CommuneUnit[] {
  const { district } = readOptions(options, 'options', fail, 'communesByNameOn');
  if (district !== undefined && typeof district !== 'string') {
    fail(
      'INVALID_OPTION',
      `communesByNameOn: option district must be a string, got ${describeValue(district)}.`,
      { option: 'district', value: describeValue(district) },
    );
  }
  const keys = communeNameKeys(name);
  const day = toIsoDate(date);
  const provinceId = requireProvinceIdOn(province, day);
  const names = communeIndex().byProvince.get(provinceId);
  const wantedDistrict = district === undefined ? undefined : districtKey(district);
  const found = new Set<CommuneUnit>();
  for (const key of keys) {
    for (const unit of names?.get(key) ?? []) {
      if (!isCommuneValidOn(unit, day)) continue;
      if (
        wantedDistrict !== undefined &&
        unit.districtName !== undefined &&
        districtKey(unit.districtName) !== wantedDistrict
      )
        continue;
      found.add(communeAsOn(unit, day));
    }
    if (found.size > 0) break;
  }
  return [...found].sort((a, b) => a.code.localeCompare(b.code));
}
