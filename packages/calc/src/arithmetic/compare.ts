import { parseAmount } from '../_internal/parseAmount';
import type { AmountInput } from '../money/AmountInput';

/**
 * Compares two amounts exactly (a comparator for `Array.prototype.sort`).
 *
 * @param a - an amount.
 * @param b - another amount.
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_AMOUNT` for an input that is not whole đồng.
 * @category Arithmetic
 * @example
 * ```ts
 * import { compare } from '@khuyencong/calc';
 * [compare('9007199254740993', '9007199254740992'), compare('007', 7), compare(-1n, '0')]
 * //=> [1, 0, -1]
 * ```
 */
export function compare(a: AmountInput, b: AmountInput): -1 | 0 | 1 {
  const left = parseAmount(a, 'a');
  const right = parseAmount(b, 'b');
  return left < right ? -1 : left > right ? 1 : 0;
}
