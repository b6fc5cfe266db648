import type { DecimalString } from '@khuyencong/domain';
import { parseAmount } from '../_internal/parseAmount';
import { percentString, readPercentOptions } from '../_internal/percentString';
import type { AmountInput } from '../money/AmountInput';
import type { PercentOptions } from '../rounding/PercentOptions';

/**
 * The share of a part in a whole, in percentage points (`part / whole × 100`), computed exactly and
 * rounded once.
 *
 * @param part - whole đồng.
 * @param whole - whole đồng, not zero.
 * @param options - `decimals` (default 2) and `rounding` (default `halfExpand`, as NĐ 174/2016 Điều 4).
 * @returns percentage points as a canonical decimal string (`'31.81'`).
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `DIVISION_BY_ZERO` when `whole` is 0; `INVALID_AMOUNT`,
 *   `INVALID_ROUNDING`, `INVALID_OPTION`.
 * @category Arithmetic
 * @example
 * ```ts
 * import { shareOf } from '@khuyencong/calc';
 * [shareOf('286000000', '899000000'), shareOf('300000000', '1360000000'), shareOf('1272', '2309', { decimals: 0 })]
 * //=> ['31.81', '22.06', '55']
 * ```
 */
export function shareOf(
  part: AmountInput,
  whole: AmountInput,
  options?: PercentOptions,
): DecimalString {
  const resolved = readPercentOptions(options);
  return percentString(parseAmount(part, 'part'), parseAmount(whole, 'whole'), resolved, 'whole');
}
