import type { Period, PeriodKind } from '@khuyencong/domain';
import { describeValue, detailValue } from '@khuyencong/internal';
import { ENGLISH_MONTHS } from '../_internal/englishMonths';
import { fail } from '../_internal/fail';
import { languageOption } from '../_internal/languageOption';
import { optionsRecord } from '../_internal/options';
import type { LanguageOptions } from '../messages/LanguageOptions';
import type { Language } from '../messages/readLanguage';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A period that has been checked: `index` is set for the kinds that need one, `endYear` for `multi-year`. */
interface CheckedPeriod {
  readonly year: number;
  readonly index: number;
  readonly endYear: number;
}

type PeriodWriter = (period: CheckedPeriod) => string;

/** How each language names each kind of period. */
const WRITERS: Readonly<Record<Language, Readonly<Record<PeriodKind, PeriodWriter>>>> = {
  vi: {
    year: ({ year }) => `năm ${year}`,
    'nine-months': ({ year }) => `9 tháng năm ${year}`,
    'half-year': ({ year, index }) => `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`,
    quarter: ({ year, index }) => `quý ${ROMAN[index - 1]}/${year}`,
    month: ({ year, index }) => `tháng ${index}/${year}`,
    'multi-year': ({ year, endYear }) => `giai đoạn ${year}-${endYear}`,
  },
  en: {
    year: ({ year }) => `${year}`,
    'nine-months': ({ year }) => `9 months of ${year}`,
    'half-year': ({ year, index }) => `${index === 1 ? 'first' : 'second'} half of ${year}`,
    quarter: ({ year, index }) => `Q${index} ${year}`,
    month: ({ year, index }) => `${ENGLISH_MONTHS[index - 1]} ${year}`,
    'multi-year': ({ year, endYear }) => `${year}-${endYear}`,
  },
};

/** The highest index of each kind of period that has one. */
const INDEX_LIMITS: Readonly<Partial<Record<PeriodKind, number>>> = {
  'half-year': 2,
  quarter: 4,
  month: 12,
};

function details(period: Period): Record<string, string> {
  return {
    kind: detailValue(period.kind),
    year: describeValue(period.year),
    index: describeValue(period.index),
    endYear: describeValue(period.endYear),
  };
}

function checkYear(value: unknown, name: string, period: Period): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999)
    return value;
  return fail(
    'INVALID_PERIOD',
    `formatPeriod: ${name} must be a year from 1000 to 9999, got ${describeValue(value)}.`,
    details(period),
  );
}

function checkIndex(period: Period, max: number): number {
  const index = period.index;
  if (typeof index === 'number' && Number.isInteger(index) && index >= 1 && index <= max)
    return index;
  return fail(
    'INVALID_PERIOD',
    `formatPeriod: a ${period.kind} period needs an index from 1 to ${max}, got ${describeValue(index)}.`,
    details(period),
  );
}

function checkEndYear(period: Period, year: number): number {
  const endYear = checkYear(period.endYear, 'endYear', period);
  if (endYear > year) return endYear;
  return fail(
    'INVALID_PERIOD',
    `formatPeriod: a multi-year period must end after ${year}, got ${endYear}.`,
    details(period),
  );
}

/**
 * Writes a reporting period as reports name it: "năm 2024", "9 tháng năm 2024", "6 tháng đầu năm 2024",
 * "quý III/2024", "tháng 9/2024", "giai đoạn 2021-2025"; with `lang: 'en'`: "2024", "9 months of 2024", "first
 * half of 2024", "Q3 2024", "September 2024", "2021-2025".
 *
 * @param period - a `Period` of `@khuyencong/domain`.
 * @param options - `lang`: `'vi'` (default) or `'en'`.
 * @returns the period's name.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_PERIOD` for a period that cannot exist (quarter 5, a range that ends
 *   before it starts, a year that is not a 4-digit integer, a value that is not a period); `INVALID_OPTION` when
 *   `options` is not an object; `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'` or `'en'`.
 * @category Formatting
 * @example
 * ```ts
 * import { formatPeriod } from '@khuyencong/i18n-vi';
 * [formatPeriod({ kind: 'year', year: 2024 }), formatPeriod({ kind: 'nine-months', year: 2024 }), formatPeriod({ kind: 'quarter', year: 2024, index: 3 }), formatPeriod({ kind: 'multi-year', year: 2021, endYear: 2025 })]
 * //=> ['năm 2024', '9 tháng năm 2024', 'quý III/2024', 'giai đoạn 2021-2025']
 * [formatPeriod({ kind: 'year', year: 2024 }, { lang: 'en' }), formatPeriod({ kind: 'nine-months', year: 2024 }, { lang: 'en' }), formatPeriod({ kind: 'quarter', year: 2024, index: 3 }, { lang: 'en' })]
 * //=> ['2024', '9 months of 2024', 'Q3 2024']
 * ```
 */
export function formatPeriod(period: Period, options?: LanguageOptions): string {
  const lang = languageOption(optionsRecord(options, 'formatPeriod'), 'formatPeriod');
  if (typeof period !== 'object' || period === null) {
    return fail('INVALID_PERIOD', `formatPeriod expects a period, got ${describeValue(period)}.`, {
      value: detailValue(period),
    });
  }
  const kind = period.kind;
  const writers: Readonly<Record<string, PeriodWriter>> = WRITERS[lang];
  const write =
    typeof kind === 'string' && Object.hasOwn(writers, kind) ? writers[kind] : undefined;
  if (write === undefined) {
    return fail(
      'INVALID_PERIOD',
      `formatPeriod: unknown period kind ${describeValue(kind)}.`,
      details(period),
    );
  }
  const year = checkYear(period.year, 'year', period);
  const limit = INDEX_LIMITS[kind];
  const index = limit === undefined ? 0 : checkIndex(period, limit);
  const endYear = kind === 'multi-year' ? checkEndYear(period, year) : 0;
  return write({ year, index, endYear });
}
