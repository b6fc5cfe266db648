import type { ReportedAmount } from '@khuyencong/domain';
import { assertIterable } from '../_internal/assertIterable';
import { pow10 } from '../_internal/format';
import { addIntervals, type Interval, intersects, point, qualified } from '../_internal/interval';
import { readOptions } from '../_internal/options';
import { parseNonNegativeAmount } from '../_internal/parseAmount';
import { readReportedAmount, readTolerance } from '../_internal/readReported';
import { scaled, scaledToString } from '../_internal/scaled';
import type { AmountInput, DecimalInput } from '../money/AmountInput';
import type { CalcFinding } from './CalcFinding';

/**
 * Options of the consistency checks.
 *
 * @category Consistency checks
 */
export interface CheckOptions {
  /** The name of the figure checked, copied to the findings' `field` (default depends on the check). */
  readonly field?: string;
  /** How far "a little" reaches for approximate words, in percent of the figure (default `'5'`). */
  readonly tolerance?: DecimalInput;
}

/**
 * Checks that parts add up to their stated total (national + local = total; items of a breakdown = the
 * budget), reading approximate words as ranges ("hơn 9 tỷ" is (9 tỷ, 9,45 tỷ] with the default 5%
 * tolerance, "gần 3,6 tỷ" is [3,42 tỷ, 3,6 tỷ]). When the parts miss the total but fit it read as rounded
 * to its last non-zero digit (33,8 tỷ as [33,75 tỷ, 33,85 tỷ)), the finding is the warning
 * `PARTS_CONSISTENT_ONLY_IF_TOTAL_ROUNDED`; when they cannot fit at all, the error
 * `PARTS_DO_NOT_SUM_TO_TOTAL`.
 *
 * @param total - the stated total: whole đồng or a `ReportedAmount`.
 * @param parts - the parts: whole đồng or `ReportedAmount`s.
 * @param options - `field` (default `parts`) and `tolerance`.
 * @returns no finding when consistent, else one finding.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_AMOUNT`, `INVALID_ARGUMENT`, `INVALID_DECIMAL`, `INVALID_OPTION`.
 * @category Consistency checks
 * @example
 * ```ts
 * import { checkPartsSum } from '@khuyencong/calc';
 * checkPartsSum('230900000000', ['103700000000', '127200000000'])
 * //=> []
 * checkPartsSum('33800000000', [{ amount: '9000000000', qualifier: 'more-than' }, '24800000000'])[0]?.code
 * //=> 'PARTS_CONSISTENT_ONLY_IF_TOTAL_ROUNDED'
 * checkPartsSum('5500000000', ['1000000000', '4000000000'])[0]?.details['difference']
 * //=> '-500000000'
 * ```
 */
export function checkPartsSum(
  total: AmountInput | ReportedAmount,
  parts: Iterable<AmountInput | ReportedAmount>,
  options?: CheckOptions,
): CalcFinding[] {
  const bag = readOptions(options);
  const field = bag.field ?? 'parts';
  const tolerance = readTolerance(bag.tolerance);
  const stated = readReportedAmount(total, 'total');
  assertIterable<unknown>(parts, 'parts');
  let printed = 0n;
  let range: Interval = point(scaled(0n));
  let index = 0;
  // Exact parts (plain amounts, the common case) are summed as bigints and added to the range once.
  let exact = 0n;
  for (const part of parts) {
    if (typeof part === 'object' && part !== null) {
      const figure = readReportedAmount(part, `parts[${index}]`);
      printed += figure.value;
      range = addIntervals(range, qualified(scaled(figure.value), figure.qualifier, tolerance));
    } else {
      exact += parseNonNegativeAmount(part, 'parts', index);
    }
    index += 1;
  }
  printed += exact;
  range = addIntervals(range, point(scaled(exact)));
  const totalRange = qualified(scaled(stated.value), stated.qualifier, tolerance);
  if (intersects(range, totalRange)) return [];
  const details = {
    field,
    total: `${stated.value}`,
    partsSum: `${printed}`,
    partsMin: scaledToString(range.lo),
    partsMax: scaledToString(range.hi),
    difference: `${printed - stated.value}`,
  };
  const rounded = roundedTotal(stated.value);
  if (stated.qualifier === undefined && rounded !== undefined && intersects(range, rounded)) {
    return [
      {
        code: 'PARTS_CONSISTENT_ONLY_IF_TOTAL_ROUNDED',
        severity: 'warning',
        details: {
          ...details,
          totalMin: scaledToString(rounded.lo),
          totalMax: scaledToString(rounded.hi),
        },
      },
    ];
  }
  return [{ code: 'PARTS_DO_NOT_SUM_TO_TOTAL', severity: 'error', details }];
}

/** The values that round to a total at its last non-zero digit; none for a total without trailing zeros. */
function roundedTotal(total: bigint): Interval | undefined {
  let zeros = 0;
  while (total !== 0n && total % pow10(zeros + 1) === 0n) zeros += 1;
  if (zeros === 0) return undefined;
  const half = 5n * pow10(zeros - 1);
  return { lo: scaled(total - half), hi: scaled(total + half), loOpen: false, hiOpen: true };
}
