import type { ReportedAmount, ReportedPercent, VndAmount } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import { calcError } from '../_internal/calcError';
import { qualified } from '../_internal/interval';
import { readOptions, readRounding } from '../_internal/options';
import { percentRange } from '../_internal/percentRange';
import { readReportedAmount, readReportedPercent, readTolerance } from '../_internal/readReported';
import { compareScaled, divideScaled, scaled } from '../_internal/scaled';
import type { AmountInput, DecimalInput } from '../money/AmountInput';
import type { RoundingOptions } from '../rounding/RoundingOptions';
import type { ReportedPercentOptions } from './checkReportedPercent';

/**
 * Options of {@link impliedPlan}.
 *
 * @category Attainment
 */
export interface ImpliedPlanOptions extends ReportedPercentOptions, RoundingOptions {}

/**
 * The result of {@link impliedPlan}, in whole đồng.
 *
 * @category Attainment
 */
export interface ImpliedPlanResult {
  /** The lower end of the exact interval of plans, rounded with `rounding` (the end itself is excluded). */
  readonly min: VndAmount;
  /** The upper end of the exact interval of plans, rounded with `rounding` (the end itself is included). */
  readonly max: VndAmount;
  /** Achieved × 100 / printed percent, rounded with `rounding`. */
  readonly estimate: VndAmount;
  /** The smallest whole-đồng plan that really gives the printed percent. */
  readonly smallest: VndAmount;
  /** The largest whole-đồng plan that really gives the printed percent. */
  readonly largest: VndAmount;
}

/**
 * The annual plan a report implies when it prints an attainment percent but not the plan ("33,8 tỷ đồng,
 * đạt 52,03% kế hoạch năm"). A percent printed with k decimals stands for the ratios in
 * [p − h, p + h), h = 0,5 × 10^−k, so the plan lies in the half-open interval
 * (100·achieved / (p + h), 100·achieved / (p − h)]. `min` and `max` are those two ends rounded to the
 * đồng (default `halfExpand`, as a report would print them); `smallest` and `largest` are the first and
 * last whole-đồng plans inside the interval. Approximate words widen the interval as in
 * {@link checkReportedPercent}.
 *
 * @param achieved - whole đồng achieved (positive), or a `ReportedAmount`.
 * @param reportedPercent - the printed percent, keeping its printed decimals (`'52.03'`), or a `ReportedPercent`.
 * @param options - `rounding` of `min`, `max` and `estimate` (default `halfExpand`); qualifiers and tolerance.
 * @returns `{ min, max, estimate, smallest, largest }`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_PERCENT` when the percent can be 0 (no upper bound on the plan,
 *   reason `zero`) or when no whole-đồng plan gives it (`impliedPlan('1', '30.0')`: the plans lie in
 *   (3.328, 3.339], reason `no-whole-plan`), never an empty interval as if it were one;
 *   `INVALID_AMOUNT` when achieved is not positive whole đồng; `INVALID_DECIMAL`, `INVALID_ROUNDING`,
 *   `INVALID_OPTION`, `INVALID_ARGUMENT`.
 * @category Attainment
 * @example
 * ```ts
 * import { isKhuyenCongError } from '@khuyencong/domain';
 * import { impliedPlan } from '@khuyencong/calc';
 * impliedPlan('33800000000', '52.03')
 * //=> { min: '64956279427', max: '64968765017', estimate: '64962521622', smallest: '64956279428', largest: '64968765016' }
 * const noPlan = (() => { try { return impliedPlan('1', '30.0'); } catch (error) { return isKhuyenCongError(error) ? [error.code, error.details['reason']] : error; } })();
 * noPlan
 * //=> ['INVALID_PERCENT', 'no-whole-plan']
 * ```
 */
export function impliedPlan(
  achieved: AmountInput | ReportedAmount,
  reportedPercent: DecimalInput | ReportedPercent,
  options?: ImpliedPlanOptions,
): ImpliedPlanResult {
  const plans = impliedPlanBounds(achieved, reportedPercent, options);
  if (BigInt(plans.smallest) > BigInt(plans.largest)) {
    throw calcError(
      'INVALID_PERCENT',
      `No whole-đồng plan gives ${describeValue(reportedPercent)} of ${describeValue(achieved)}: the interval of plans (${plans.min}, ${plans.max}] holds no whole đồng.`,
      {
        parameter: 'reportedPercent',
        value: describeValue(reportedPercent),
        reason: 'no-whole-plan',
      },
    );
  }
  return plans;
}

/**
 * @internal {@link impliedPlan} without the check that a whole-đồng plan lies in the interval: `smallest`
 * is then above `largest`. `checkReport` reports the interval it implies as it is.
 */
export function impliedPlanBounds(
  achieved: unknown,
  reportedPercent: unknown,
  options?: ImpliedPlanOptions,
): ImpliedPlanResult {
  const bag = readOptions(options);
  const mode = readRounding(bag.rounding, 'halfExpand');
  const done = readReportedAmount(achieved, 'achieved', bag.achievedQualifier);
  const percent = readReportedPercent(reportedPercent, 'reportedPercent', bag.percentQualifier);
  const tolerance = readTolerance(bag.tolerance);
  const ratios = percentRange(percent, tolerance);
  if (compareScaled(ratios.lo, scaled(0n)) <= 0) {
    throw calcError('INVALID_PERCENT', 'A percent that may be 0 puts no upper bound on the plan.', {
      parameter: 'reportedPercent',
      value: describeValue(reportedPercent),
      reason: 'zero',
    });
  }
  if (done.value === 0n) {
    throw calcError('INVALID_AMOUNT', 'A zero achieved amount implies no plan.', {
      parameter: 'achieved',
      value: describeValue(achieved),
      reason: 'not-positive',
    });
  }
  const amounts = qualified(scaled(done.value * 100n), done.qualifier, tolerance);
  const lowerOpen = amounts.loOpen || ratios.hiOpen;
  const upperOpen = amounts.hiOpen || ratios.loOpen;
  return {
    min: `${divideScaled(amounts.lo, ratios.hi, mode)}`,
    max: `${divideScaled(amounts.hi, ratios.lo, mode)}`,
    estimate: `${divideScaled(scaled(done.value * 100n), percent.value, mode)}`,
    smallest: `${lowerOpen ? divideScaled(amounts.lo, ratios.hi, 'floor') + 1n : divideScaled(amounts.lo, ratios.hi, 'ceil')}`,
    largest: `${upperOpen ? divideScaled(amounts.hi, ratios.lo, 'ceil') - 1n : divideScaled(amounts.hi, ratios.lo, 'floor')}`,
  };
}
