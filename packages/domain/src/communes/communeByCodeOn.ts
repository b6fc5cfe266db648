import { codeArgument } from '../_internal/codeArgument';
import { toIsoDate } from '../dates/toIsoDate';
import type { CommuneUnit } from './CommuneUnit';
import { communeAsOn, communeIndex, isCommuneValidOn } from './communeIndex';

/**
 * The commune-level unit that had a GSO/NSO code on a date, with its name and kind of that date. Codes are
 * reused across the reform (06970 was the thị trấn Ba Chẽ until 2025-06-30 and is the xã Ba Chẽ from
 * 2025-07-01), hence the date.
 *
 * @param code - the 5-digit code, as a string (`'06970'`) or a number (`6970`).
 * @param date - a `Date` (its local calendar date) or `YYYY-MM-DD`.
 * @returns the unit, or `undefined` when no unit had that code on that date.
 * @throws {@link KhuyenCongError} `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` for a code that is neither
 *   a string nor a number.
 * @category Commune-level units
 * @example
 * ```ts
 * import { communeByCodeOn } from '@khuyencong/domain/communes';
 * [communeByCodeOn('06970', '2025-06-30')?.fullName, communeByCodeOn(6970, '2025-07-01')?.fullName]
 * //=> ['Thị trấn Ba Chẽ', 'Xã Ba Chẽ']
 * [communeByCodeOn('26368', '2026-04-29')?.kind, communeByCodeOn('26368', '2026-04-30')?.kind, communeByCodeOn('99999', '2026-01-01')]
 * //=> ['commune', 'ward', undefined]
 * ```
 */
export function communeByCodeOn(
  code: string | number,
  date: Date | string,
): CommuneUnit | undefined {
  const day = toIsoDate(date);
  const wanted = codeArgument(code, 5, 'communeByCodeOn');
  if (wanted === undefined) return undefined;
  const unit = communeIndex()
    .byCode.get(wanted)
    ?.find((candidate) => isCommuneValidOn(candidate, day));
  return unit === undefined ? undefined : communeAsOn(unit, day);
}
