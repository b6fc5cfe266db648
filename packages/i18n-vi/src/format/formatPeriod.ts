import type { Period } from '@khuyencong/domain';
import { describeValue, detailValue, fail } from '../_internal/fail';

const ROMAN = ['I', 'II', 'III', 'IV'];

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

/**
 * Writes a reporting period as reports name it: "năm 2024", "9 tháng năm 2024", "6 tháng đầu năm 2024",
 * "quý III/2024", "tháng 9/2024", "giai đoạn 2021-2025".
 *
 * @param period - a `Period` of `@khuyencong/domain`.
 * @returns the period's name.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_PERIOD` for a period that cannot exist (quarter 5, a range that ends
 *   before it starts, a year that is not a 4-digit integer, a value that is not a period).
 * @category Formatting
 * @example
 * ```ts
 * import { formatPeriod } from '@khuyencong/i18n-vi';
 * [formatPeriod({ kind: 'year', year: 2024 }), formatPeriod({ kind: 'nine-months', year: 2024 }), formatPeriod({ kind: 'quarter', year: 2024, index: 3 }), formatPeriod({ kind: 'multi-year', year: 2021, endYear: 2025 })]
 * //=> ['năm 2024', '9 tháng năm 2024', 'quý III/2024', 'giai đoạn 2021-2025']
 * ```
 */
export function formatPeriod(period: Period): string {
  if (typeof period !== 'object' || period === null) {
    return fail('INVALID_PERIOD', `formatPeriod expects a period, got ${describeValue(period)}.`, {
      value: detailValue(period),
    });
  }
  const year = checkYear(period.year, 'year', period);
  switch (period.kind) {
    case 'year':
      return `năm ${year}`;
    case 'nine-months':
      return `9 tháng năm ${year}`;
    case 'half-year':
      return `6 tháng ${checkIndex(period, 2) === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'quarter':
      return `quý ${ROMAN[checkIndex(period, 4) - 1]}/${year}`;
    case 'month':
      return `tháng ${checkIndex(period, 12)}/${year}`;
    case 'multi-year': {
      const endYear = checkYear(period.endYear, 'endYear', period);
      if (endYear <= year) {
        return fail(
          'INVALID_PERIOD',
          `formatPeriod: a multi-year period must end after ${year}, got ${endYear}.`,
          details(period),
        );
      }
      return `giai đoạn ${year}-${endYear}`;
    }
    default:
      return fail(
        'INVALID_PERIOD',
        `formatPeriod: unknown period kind ${describeValue(period.kind)}.`,
        details(period),
      );
  }
}
