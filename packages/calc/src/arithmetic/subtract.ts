import type { VndAmount } from '@khuyencong/domain';
import { parseAmount } from '../_internal/parseAmount';
import type { AmountInput } from '../money/AmountInput';

/**
 * Subtracts one amount from another, exactly.
 *
 * @param minuend - the amount to subtract from.
 * @param subtrahend - the amount to subtract.
 * @returns `minuend − subtrahend` as a canonical integer string (negative when the subtrahend is larger).
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_AMOUNT` for an input that is not whole đồng.
 * @category Arithmetic
 * @example
 * ```ts
 * import { subtract } from '@khuyencong/calc';
 * subtract('899000000', '286000000')
 * //=> '613000000'
 * subtract('73500000000', '78600000000')
 * //=> '-5100000000'
 * ```
 */
export function subtract(minuend: AmountInput, subtrahend: AmountInput): VndAmount {
  return `${parseAmount(minuend, 'minuend') - parseAmount(subtrahend, 'subtrahend')}`;
}
