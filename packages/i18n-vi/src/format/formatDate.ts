import { isIsoDate, toIsoDate } from '@khuyencong/domain';
import { fail } from '../_internal/fail';
import { choiceOption, optionsRecord } from '../_internal/options';

/**
 * Options of {@link formatDate}.
 *
 * @category Formatting
 */
export interface FormatDateOptions {
  /**
   * `'official'` (default): the form of NĐ 30/2020/NĐ-CP Phụ lục I, "ngày 05 tháng 01 năm 2026" (days below 10
   * and months 1-2 take a leading zero); `'numeric'`: "05/01/2026".
   */
  readonly style?: 'official' | 'numeric';
}

const STYLES: readonly ('official' | 'numeric')[] = ['official', 'numeric'];

/**
 * Writes a calendar date as Vietnamese administrative documents do. A `Date` gives its local calendar date and an
 * ISO string is taken as it is, so there is no time-zone drift.
 *
 * @param date - a `Date` or an ISO date `YYYY-MM-DD`.
 * @param options - `style`: `'official'` (default) or `'numeric'`.
 * @returns the date, e.g. `'ngày 27 tháng 11 năm 2026'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_DATE` for an invalid `Date`, a string that is not a real calendar date
 *   or any other value; `INVALID_OPTION` for a bad style.
 * @category Formatting
 * @example
 * ```ts
 * import { formatDate } from '@khuyencong/i18n-vi';
 * [formatDate('2026-01-05'), formatDate('2026-11-27'), formatDate('2025-03-08'), formatDate(new Date(2024, 5, 1), { style: 'numeric' })]
 * //=> ['ngày 05 tháng 01 năm 2026', 'ngày 27 tháng 11 năm 2026', 'ngày 08 tháng 3 năm 2025', '01/06/2024']
 * ```
 */
export function formatDate(date: Date | string, options?: FormatDateOptions): string {
  const style = choiceOption(
    optionsRecord(options, 'formatDate'),
    'style',
    STYLES,
    'official',
    'formatDate',
  );
  const iso = toIsoDate(date);
  // toIsoDate passes a Date outside years 1000-9999 through unchecked ("100000-01-01"); refuse it here.
  if (!isIsoDate(iso)) {
    return fail('INVALID_DATE', `formatDate: ${iso} is outside the years 1000-9999.`, {
      value: iso,
    });
  }
  const year = iso.slice(0, 4);
  const month = iso.slice(5, 7);
  const day = iso.slice(8, 10);
  if (style === 'numeric') return `${day}/${month}/${year}`;
  const officialMonth = Number(month) <= 2 ? month : String(Number(month));
  return `ngày ${day} tháng ${officialMonth} năm ${year}`;
}
