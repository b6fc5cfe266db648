import { isIsoDate, toIsoDate } from '@khuyencong/domain';
import { ENGLISH_MONTHS } from '../_internal/englishMonths';
import { fail } from '../_internal/fail';
import { languageOption } from '../_internal/languageOption';
import { choiceOption, optionsRecord } from '../_internal/options';
import type { LanguageOptions } from '../messages/LanguageOptions';
import type { Language } from '../messages/readLanguage';

/**
 * Options of {@link formatDate}.
 *
 * @category Formatting
 */
export interface FormatDateOptions extends LanguageOptions {
  /**
   * `'official'` (default): the form of NĐ 30/2020/NĐ-CP Phụ lục I, "ngày 05 tháng 01 năm 2026" (days below 10
   * and months 1-2 take a leading zero); `'numeric'`: "05/01/2026". English has one form for both styles,
   * "5 January 2026": a numeric day/month reads as month/day to many English readers.
   */
  readonly style?: 'official' | 'numeric';
}

type DateStyle = NonNullable<FormatDateOptions['style']>;
type DateWriter = (year: string, month: string, day: string) => string;

const STYLES: readonly DateStyle[] = ['official', 'numeric'];

const english: DateWriter = (year, month, day) =>
  `${Number(day)} ${ENGLISH_MONTHS[Number(month) - 1]} ${year}`;

/** How each language writes a date in each style. */
const WRITERS: Readonly<Record<Language, Readonly<Record<DateStyle, DateWriter>>>> = {
  vi: {
    official: (year, month, day) =>
      `ngày ${day} tháng ${Number(month) <= 2 ? month : String(Number(month))} năm ${year}`,
    numeric: (year, month, day) => `${day}/${month}/${year}`,
  },
  en: { official: english, numeric: english },
};

/**
 * Writes a calendar date as Vietnamese administrative documents do. A `Date` gives its calendar date in
 * Asia/Ho_Chi_Minh (as `toIsoDate` reads it), whatever the machine's time zone, and an ISO string is taken as it
 * is. With `lang: 'en'`: "27 November 2026".
 *
 * @param date - a `Date` or an ISO date `YYYY-MM-DD`.
 * @param options - `style`: `'official'` (default) or `'numeric'`; `lang`: `'vi'` (default) or `'en'`.
 * @returns the date, e.g. `'ngày 27 tháng 11 năm 2026'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_DATE` for an invalid `Date`, a string that is not a real calendar date
 *   or any other value; `INVALID_OPTION` for a bad style; `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'`
 *   or `'en'`.
 * @category Formatting
 * @example
 * ```ts
 * import { formatDate } from '@khuyencong/i18n-vi';
 * [formatDate('2026-01-05'), formatDate('2026-11-27'), formatDate('2025-03-08'), formatDate(new Date(2024, 5, 1), { style: 'numeric' })]
 * //=> ['ngày 05 tháng 01 năm 2026', 'ngày 27 tháng 11 năm 2026', 'ngày 08 tháng 3 năm 2025', '01/06/2024']
 * [formatDate('2024-10-01', { lang: 'en' }), formatDate('2026-01-05', { style: 'numeric', lang: 'en' })]
 * //=> ['1 October 2024', '5 January 2026']
 * ```
 */
export function formatDate(date: Date | string, options?: FormatDateOptions): string {
  const record = optionsRecord(options, 'formatDate');
  const style = choiceOption(record, 'style', STYLES, 'official', 'formatDate');
  const lang = languageOption(record, 'formatDate');
  const iso = toIsoDate(date);
  // toIsoDate passes a Date outside years 1000-9999 through unchecked ("100000-01-01"); refuse it here.
  if (!isIsoDate(iso)) {
    return fail('INVALID_DATE', `formatDate: ${iso} is outside the years 1000-9999.`, {
      value: iso,
    });
  }
  return WRITERS[lang][style](iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10));
}
