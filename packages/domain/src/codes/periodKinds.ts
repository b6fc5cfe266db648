/**
 * The periods reports are made for: `year` (năm), `nine-months` (9 tháng, January-September), `half-year`
 * (6 tháng), `quarter` (quý), `month` (tháng) and `multi-year` (giai đoạn, e.g. 2021-2025).
 *
 * @category Codes
 * @example
 * ```ts
 * import { PERIOD_KINDS } from '@khuyencong/domain';
 * PERIOD_KINDS
 * //=> ['year', 'nine-months', 'half-year', 'quarter', 'month', 'multi-year']
 * ```
 */
export const PERIOD_KINDS = [
  'year',
  'nine-months',
  'half-year',
  'quarter',
  'month',
  'multi-year',
] as const;

/**
 * One of {@link PERIOD_KINDS}.
 *
 * @category Codes
 */
export type PeriodKind = (typeof PERIOD_KINDS)[number];
