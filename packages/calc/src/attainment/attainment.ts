import type { DecimalString, VndAmount } from '@khuyencong/domain';
import { parseNonNegativeAmount } from '../_internal/parseAmount';
import { percentString, readPercentOptions } from '../_internal/percentString';
import type { AmountInput } from '../money/AmountInput';
import type { PercentOptions } from '../rounding/PercentOptions';

/**
 * Where achievement stands against the plan, compared exactly (not through the rounded percent):
 * `below` (achieved < planned), `met` (equal), `exceeded` (achieved > planned).
 *
 * @category Attainment
 */
export type AttainmentStatus = 'below' | 'met' | 'exceeded';

/**
 * The result of {@link attainment}.
 *
 * @category Attainment
 */
export interface AttainmentResult {
  /** Achieved / planned in percentage points, rounded to `decimals` places (`'93.5'`). */
  readonly percent: DecimalString;
  /** The same ratio as a fraction of 1, with two more places (`'0.935'`): exactly `percent / 100`. */
  readonly ratio: DecimalString;
  /** Below, met or exceeded, from the exact amounts. */
  readonly status: AttainmentStatus;
  /** Planned − achieved in whole đồng (negative when the plan was exceeded). */
  readonly gap: VndAmount;
}

/**
 * Plan attainment (tỷ lệ thực hiện so với kế hoạch): achieved / planned × 100, computed exactly and rounded
 * once.
 *
 * @param achieved - whole đồng achieved (thực hiện), not negative.
 * @param planned - whole đồng planned (kế hoạch), positive.
 * @param options - `decimals` (default 2) and `rounding` (default `halfExpand`).
 * @returns `{ percent, ratio, status, gap }`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `DIVISION_BY_ZERO` when `planned` is 0 (never Infinity);
 *   `INVALID_AMOUNT` for a negative or malformed amount; `INVALID_ROUNDING`, `INVALID_OPTION`.
 * @category Attainment
 * @example
 * ```ts
 * import { attainment } from '@khuyencong/calc';
 * attainment('73500000000', '78600000000', { decimals: 1 })
 * //=> { percent: '93.5', ratio: '0.935', status: 'below', gap: '5100000000' }
 * attainment('8000000000', '6040000000').percent
 * //=> '132.45'
 * ```
 */
export function attainment(
  achieved: AmountInput,
  planned: AmountInput,
  options?: PercentOptions,
): AttainmentResult {
  const done = parseNonNegativeAmount(achieved, 'achieved');
  const plan = parseNonNegativeAmount(planned, 'planned');
  const resolved = readPercentOptions(options);
  return {
    percent: percentString(done, plan, resolved, 'planned'),
    ratio: percentString(done, plan, resolved, 'planned', true),
    status: done < plan ? 'below' : done === plan ? 'met' : 'exceeded',
    gap: `${plan - done}`,
  };
}
