import type { DecimalString, VndAmount } from '@khuyencong/domain';
import { pow10 } from '../_internal/format';
import { parseAmount, parseDecimal } from '../_internal/parseAmount';
import { roundQuotient } from '../_internal/roundQuotient';
import type { AmountInput, DecimalInput } from '../money/AmountInput';
import type { DecimalRoundingOptions, RoundingOptions } from '../rounding/RoundingOptions';

/**
 * Multiplies an amount by a decimal factor (a rate, a coefficient such as the ×1,5 of a technology line),
 * exactly, then rounds to whole đồng, or to `decimals` places when asked.
 *
 * @param amount - whole đồng.
 * @param factor - a plain decimal string (`'1.5'`), a bigint or a safe integer.
 * @param options - `rounding` (default `halfExpand`), `decimals` (default 0).
 * @returns the rounded product as a canonical string.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_AMOUNT`, `INVALID_DECIMAL`, `INVALID_ROUNDING`, `INVALID_OPTION`.
 * @category Arithmetic
 * @example
 * ```ts
 * import { multiply } from '@khuyencong/calc';
 * [multiply('300000000', '1.5'), multiply('5', '0.5'), multiply('-5', '0.5'), multiply('-5', '0.5', { rounding: 'floor' })]
 * //=> ['450000000', '3', '-3', '-3']
 * multiply('1', '0.125', { decimals: 2, rounding: 'halfEven' })
 * //=> '0.12'
 * ```
 */
export function multiply(
  amount: AmountInput,
  factor: DecimalInput,
  options?: RoundingOptions & { readonly decimals?: 0 },
): VndAmount;
export function multiply(
  amount: AmountInput,
  factor: DecimalInput,
  options: DecimalRoundingOptions,
): DecimalString;
export function multiply(
  amount: AmountInput,
  factor: DecimalInput,
  options?: RoundingOptions & { readonly decimals?: number },
): string {
  const units = parseAmount(amount, 'amount');
  const rate = parseDecimal(factor, 'factor');
  return roundQuotient(units * rate.units, pow10(rate.scale), options, 'halfExpand');
}
