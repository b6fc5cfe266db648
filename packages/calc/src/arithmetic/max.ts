import type { VndAmount } from '@khuyencong/domain';
import { extremum } from '../_internal/extremum';
import type { AmountInput } from '../money/AmountInput';

/**
 * The largest of some amounts, compared exactly.
 *
 * @param amounts - a non-empty iterable of whole-đồng amounts.
 * @returns the largest, as a canonical integer string.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `EMPTY_INPUT` when there is no amount; `INVALID_AMOUNT` for an input
 *   that is not whole đồng; `INVALID_ARGUMENT` when `amounts` is not iterable.
 * @category Arithmetic
 * @example
 * ```ts
 * import { max } from '@khuyencong/calc';
 * max(['9000000000', '24800000000'])
 * //=> '24800000000'
 * ```
 */
export function max(amounts: Iterable<AmountInput>): VndAmount {
  return extremum(amounts, 1);
}
