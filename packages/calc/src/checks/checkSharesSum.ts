import type { ReportedPercent } from '@khuyencong/domain';
import { assertIterable } from '../_internal/assertIterable';
import { readOptions } from '../_internal/options';
import { invalidDecimal, parseDecimal } from '../_internal/parseAmount';
import { readReportedPercent } from '../_internal/readReported';
import {
  addScaled,
  compareScaled,
  scaled,
  scaledToString,
  subtractScaled,
} from '../_internal/scaled';
import type { DecimalInput } from '../money/AmountInput';
import type { CalcFinding } from './CalcFinding';

/**
 * Options of {@link checkSharesSum}.
 *
 * @category Consistency checks
 */
export interface CheckSharesOptions {
  /** The name of the figures checked (default `shares`). */
  readonly field?: string;
  /**
   * How far from 100 the sum may be, in percentage points. Default: the most the printed rounding can
   * explain, half a unit of the last decimal of each share (0,05 for "44,9%", 0,5 for "55%").
   */
  readonly tolerance?: DecimalInput;
}

/**
 * Checks that percentage shares of one whole add up to 100. A sum off by no more than the shares' own
 * rounding is reported as the info `SHARES_SUM_OFF_BY_ROUNDING` (44,9% + 55% = 99,9%); further off, as the
 * error `SHARES_DO_NOT_SUM_TO_100`.
 *
 * @param shares - percentage points as printed (`'44.9'`, `'55'`), or `ReportedPercent`s.
 * @param options - `field`, `tolerance`.
 * @returns no finding when the sum is exactly 100, else one finding.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_DECIMAL`, `INVALID_ARGUMENT`, `INVALID_OPTION`.
 * @category Consistency checks
 * @example
 * ```ts
 * import { checkSharesSum } from '@khuyencong/calc';
 * const [finding] = checkSharesSum(['44.9', '55']);
 * [finding?.code, finding?.severity, finding?.details['sharesSum'], finding?.details['tolerance']]
 * //=> ['SHARES_SUM_OFF_BY_ROUNDING', 'info', '99.9', '0.55']
 * checkSharesSum(['31.81', '68.19'])
 * //=> []
 * ```
 */
export function checkSharesSum(
  shares: Iterable<DecimalInput | ReportedPercent>,
  options?: CheckSharesOptions,
): CalcFinding[] {
  const bag = readOptions(options);
  const field = bag.field ?? 'shares';
  assertIterable<unknown>(shares, 'shares');
  // Sums of the shares, and counts of them, per printed scale: no object per share. A share printed with
  // k decimals may be off by half a unit of its last place (5 × 10^-(k+1)).
  const units: bigint[] = [];
  const counts: number[] = [];
  let index = 0;
  for (const share of shares) {
    // A plain string is read without building its name (one string per share): the common case.
    const value =
      typeof share === 'string'
        ? parseDecimal(share, 'shares', index)
        : readReportedPercent(share, `shares[${index}]`).value;
    if (value.units < 0n) throw invalidDecimal(share, `shares[${index}]`, 'negative');
    units[value.scale] = (units[value.scale] ?? 0n) + value.units;
    counts[value.scale] = (counts[value.scale] ?? 0) + 1;
    index += 1;
  }
  let total = scaled(0n);
  let rounding = scaled(0n);
  for (let scale = 0; scale < counts.length; scale += 1) {
    const count = counts[scale];
    if (count === undefined) continue;
    total = addScaled(total, scaled(units[scale] as bigint, scale));
    rounding = addScaled(rounding, scaled(5n * BigInt(count), scale + 1));
  }
  const tolerance = bag.tolerance === undefined ? rounding : readPoints(bag.tolerance);
  const difference = subtractScaled(total, scaled(100n));
  if (difference.units === 0n) return [];
  const distance = difference.units < 0n ? { ...difference, units: -difference.units } : difference;
  const withinRounding = compareScaled(distance, tolerance) <= 0;
  return [
    {
      code: withinRounding ? 'SHARES_SUM_OFF_BY_ROUNDING' : 'SHARES_DO_NOT_SUM_TO_100',
      severity: withinRounding ? 'info' : 'error',
      details: {
        field,
        sharesSum: scaledToString(total),
        difference: scaledToString(difference),
        tolerance: scaledToString(tolerance),
      },
    },
  ];
}

function readPoints(value: unknown): ReturnType<typeof parseDecimal> {
  const points = parseDecimal(value, 'tolerance');
  if (points.units < 0n) throw invalidDecimal(value, 'tolerance', 'negative');
  return points;
}
