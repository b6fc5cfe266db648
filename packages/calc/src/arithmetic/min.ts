import type { VndAmount } from '@khuyencong/domain';
import { extremum } from '../_internal/extremum';
import type { AmountInput } from '../money/AmountInput';

/**
 * The smallest of some amounts, compared exactly.
 *
 * @param amounts - a non-empty iterable of whole-đồng amounts.
 * @returns the smallest, as a canonical integer string.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `EMPTY_INPUT` when there is no amount; `INVALID_AMOUNT` for an input
 *   that is not whole đồng; `INVALID_ARGUMENT` when `amounts` is not iterable.
 * @category Arithmetic
 * @example
 * ```ts
 * import { min } from '@khuyencong/calc';
 * min(['680000000', '300000000', 408000000n])
 * //=> '300000000'
 * ```
 */
export function min(amounts: Iterable<AmountInput>): VndAmount {
  return extremum(amounts, -1);
}
