import type { VndAmount } from '@khuyencong/domain';
import { sumAmounts } from '../_internal/sumAmounts';
import type { AmountInput } from '../money/AmountInput';

/**
 * Sums amounts of whole đồng exactly, at any size. Takes any iterable (an array, a generator over a
 * national data set), so a stream is summed in constant memory.
 *
 * @param amounts - whole-đồng amounts: integer strings, bigints or safe-integer numbers.
 * @returns the exact total as a canonical integer string (`'0'` for no amounts).
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_AMOUNT` for an amount that is not whole đồng (the details name
 *   it, e.g. `amounts[2]`); `INVALID_ARGUMENT` when `amounts` is not iterable.
 * @category Arithmetic
 * @example
 * ```ts
 * import { sum } from '@khuyencong/calc';
 * sum(['73500000000', 1n, 2])
 * //=> '73500000003'
 * sum(['24800000000', '9000000000'])
 * //=> '33800000000'
 * ```
 */
export function sum(amounts: Iterable<AmountInput>): VndAmount {
  return `${sumAmounts(amounts, 'amounts')}`;
}
