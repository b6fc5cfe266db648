import type {
  AmountQualifier,
  DecimalString,
  ReportedAmount,
  ReportedPercent,
} from '@khuyencong/domain';
import { intersects, multiplyIntervals, qualified, toDecimalInterval } from '../_internal/interval';
import { readOptions } from '../_internal/options';
import { percentRange } from '../_internal/percentRange';
import { percentString } from '../_internal/percentString';
import { readReportedAmount, readReportedPercent, readTolerance } from '../_internal/readReported';
import { scaled } from '../_internal/scaled';
import type { AmountInput, DecimalInput } from '../money/AmountInput';
import type { DecimalInterval } from './DecimalInterval';

/**
 * Options of {@link checkReportedPercent} and {@link impliedPlan}: the approximate words of the report.
 *
 * @category Attainment
 */
export interface ReportedPercentOptions {
  /** The word before the achieved amount ("gần 8 tỷ" → `nearly`); overrides a `ReportedAmount`'s own. */
  readonly achievedQualifier?: AmountQualifier;
  /** The word before the percent ("hơn 90%" → `more-than`); overrides a `ReportedPercent`'s own. */
  readonly percentQualifier?: AmountQualifier;
  /**
   * How far "a little" reaches, in percent of the figure (default `'5'`): "gần x" is taken as
   * [x − 5%, x], "hơn x" as (x, x + 5%], "dưới x" as [x − 5%, x), "khoảng x" as [x − 5%, x + 5%].
   */
  readonly tolerance?: DecimalInput;
}

/**
 * The result of {@link checkReportedPercent}.
 *
 * @category Attainment
 */
export interface CheckReportedPercentResult {
  /** Whether some amount the words allow gives the printed percent. */
  readonly consistent: boolean;
  /** The percent of the printed figures, rounded `halfExpand` to the printed number of decimals. */
  readonly computed: DecimalString;
  /** The exact percentages the printed percent stands for (for "93,5%": [93.45, 93.55)). */
  readonly interval: DecimalInterval;
  /** The achieved amounts (đồng, exact) that the printed percent and plan allow. */
  readonly impliedAchieved: DecimalInterval;
}

/**
 * Checks a percentage printed in a report ("đạt 93,5% kế hoạch") against the amounts it was computed from.
 * A percent without a word stands for every exact ratio that rounds to it (half-expand) at its printed
 * number of decimals; `93.5` means [93.45, 93.55), `93.50` means [93.495, 93.505). An amount or percent
 * with an approximate word ("gần", "hơn", "trên", "khoảng") stands for the range described in
 * {@link ReportedPercentOptions.tolerance}; the check asks whether any amount in that range gives the percent.
 *
 * @param achieved - whole đồng achieved, or a `ReportedAmount` with its qualifier.
 * @param planned - whole đồng planned (positive), or a `ReportedAmount`.
 * @param reportedPercent - the printed percent as a decimal string keeping its printed decimals
 *   (`'115.6'`), or a `ReportedPercent`.
 * @param options - qualifiers and the tolerance of "a little".
 * @returns `{ consistent, computed, interval, impliedAchieved }`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `DIVISION_BY_ZERO` for a zero plan; `INVALID_AMOUNT`,
 *   `INVALID_DECIMAL`, `INVALID_ARGUMENT` (unknown qualifier), `INVALID_OPTION`.
 * @category Attainment
 * @example
 * ```ts
 * import { checkReportedPercent } from '@khuyencong/calc';
 * checkReportedPercent('73500000000', '78600000000', '93.5').consistent
 * //=> true
 * const consulting = checkReportedPercent({ amount: '8000000000', qualifier: 'nearly' }, '6040000000', '115.6');
 * [consulting.consistent, consulting.computed, consulting.impliedAchieved.min, consulting.impliedAchieved.max]
 * //=> [false, '132.5', '6979220000', '6985260000']
 * ```
 */
export function checkReportedPercent(
  achieved: AmountInput | ReportedAmount,
  planned: AmountInput | ReportedAmount,
  reportedPercent: DecimalInput | ReportedPercent,
  options?: ReportedPercentOptions,
): CheckReportedPercentResult {
  const bag = readOptions(options);
  const done = readReportedAmount(achieved, 'achieved', bag.achievedQualifier);
  const plan = readReportedAmount(planned, 'planned');
  const percent = readReportedPercent(reportedPercent, 'reportedPercent', bag.percentQualifier);
  const tolerance = readTolerance(bag.tolerance);
  const computed = percentString(
    done.value,
    plan.value,
    { decimals: percent.value.scale, mode: 'halfExpand' },
    'planned',
  );
  const percentInterval = percentRange(percent, tolerance);
  const implied = multiplyIntervals(
    percentInterval,
    qualified(scaled(plan.value, 2), plan.qualifier, tolerance),
  );
  const possible = qualified(scaled(done.value), done.qualifier, tolerance);
  return {
    consistent: intersects(possible, implied),
    computed,
    interval: toDecimalInterval(percentInterval),
    impliedAchieved: toDecimalInterval(implied),
  };
}
