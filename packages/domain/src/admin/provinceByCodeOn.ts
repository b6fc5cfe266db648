import { codeArgument } from '../_internal/codeArgument';
import { toIsoDate } from '../dates/toIsoDate';
import { isUnitValidOn } from './adminIndex';
import type { ProvinceUnit } from './ProvinceUnit';
import { PROVINCE_UNITS } from './provinces';
import { unitAsOn } from './unitAsOn';

/**
 * The provincial unit that had a GSO/NSO code on a date. Codes are reused (code 66 was the old
 * Đắk Lắk until 2025-06-30 and is the merged Đắk Lắk from 2025-07-01), hence the date.
 *
 * @param code - the 2-digit code, as a string (`'01'`) or a number (`1`).
 * @param date - a `Date` (its local calendar date) or `YYYY-MM-DD`.
 * @returns the unit with its name and kind of that date, or `undefined` when no unit had that code on that
 *   date (e.g. `'54'` from 2025-07-01).
 * @throws {@link KhuyenCongError} `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` for a code that is neither
 *   a string nor a number (`new String('66')` included, reason `boxed`).
 * @category Administrative units
 * @example
 * ```ts
 * import { provinceByCodeOn } from '@khuyencong/domain';
 * [provinceByCodeOn('66', '2025-06-30')?.id, provinceByCodeOn(66, '2025-07-01')?.id, provinceByCodeOn('54', '2025-07-01')]
 * //=> ['dak-lak', 'dak-lak-2025', undefined]
 * [provinceByCodeOn(Number.NaN, '2025-07-01'), provinceByCodeOn(6.6, '2025-07-01')]
 * //=> [undefined, undefined]
 * ```
 */
export function provinceByCodeOn(
  code: string | number,
  date: Date | string,
): ProvinceUnit | undefined {
  const day = toIsoDate(date);
  const wanted = codeArgument(code, 2, 'provinceByCodeOn');
  if (wanted === undefined) return undefined;
  const unit = PROVINCE_UNITS.find(
    (candidate) => candidate.code === wanted && isUnitValidOn(candidate, day),
  );
  return unit === undefined ? undefined : unitAsOn(unit, day);
}
