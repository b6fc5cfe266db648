import type { DecimalString, VndAmount } from '@khuyencong/domain';
import { pow10 } from '../_internal/format';
import { parseAmount, parseDecimal } from '../_internal/parseAmount';
import { roundQuotient } from '../_internal/roundQuotient';
import type { AmountInput, DecimalInput } from '../money/AmountInput';
import type { DecimalRoundingOptions, RoundingOptions } from '../rounding/RoundingOptions';

/**
 * A percentage of an amount (`amount × percent / 100`), exactly, rounded to whole đồng (or to `decimals`
 * places when asked). For a support limit under a "không quá" rule pass `rounding: 'floor'`.
 *
 * @param amount - whole đồng.
 * @param percent - percentage points as a plain decimal string (`'30'`, `'52.03'`), bigint or safe integer.
 * @param options - `rounding` (default `halfExpand`), `decimals` (default 0).
 * @returns the rounded amount as a canonical string.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_AMOUNT`, `INVALID_DECIMAL`, `INVALID_ROUNDING`, `INVALID_OPTION`.
 * @category Arithmetic
 * @example
 * ```ts
 * import { percentOf } from '@khuyencong/calc';
 * [percentOf('899000000', '30'), percentOf('6040000000', '115.6'), percentOf('1000000001', '50', { rounding: 'floor' })]
 * //=> ['269700000', '6982240000', '500000000']
 * ```
 */
export function percentOf(
  amount: AmountInput,
  percent: DecimalInput,
  options?: RoundingOptions & { readonly decimals?: 0 },
): VndAmount;
export function percentOf(
  amount: AmountInput,
  percent: DecimalInput,
  options: DecimalRoundingOptions,
): DecimalString;
export function percentOf(
  amount: AmountInput,
  percent: DecimalInput,
  options?: RoundingOptions & { readonly decimals?: number },
): string {
  const units = parseAmount(amount, 'amount');
  const rate = parseDecimal(percent, 'percent');
  return roundQuotient(units * rate.units, 100n * pow10(rate.scale), options, 'halfExpand');
}
