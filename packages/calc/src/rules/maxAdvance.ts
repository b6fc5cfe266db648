import type { VndAmount } from '@khuyencong/domain';
import { advanceCeiling } from '../_internal/advanceCeiling';
import { readOptions, readRounding } from '../_internal/options';
import { parseNonNegativeAmount } from '../_internal/parseAmount';
import type { AmountInput } from '../money/AmountInput';
import type { RoundingOptions } from '../rounding/RoundingOptions';

/**
 * The largest advance (tạm ứng) allowed on a support amount: 70% of it ({@link ADVANCE_CEILING}), rounded
 * `floor` by default so that it never exceeds the ceiling.
 *
 * @param support - the support under the contract, whole đồng.
 * @param options - `rounding` (default `floor`).
 * @returns the ceiling in whole đồng.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_AMOUNT` (negative or malformed), `INVALID_ROUNDING`, `INVALID_OPTION`.
 * @category Support rules
 * @example
 * ```ts
 * import { maxAdvance } from '@khuyencong/calc';
 * [maxAdvance('300000000'), maxAdvance('286000001'), maxAdvance('286000001', { rounding: 'ceil' })]
 * //=> ['210000000', '200200000', '200200001']
 * ```
 */
export function maxAdvance(support: AmountInput, options?: RoundingOptions): VndAmount {
  const amount = parseNonNegativeAmount(support, 'support');
  const mode = readRounding(readOptions(options).rounding, 'floor');
  return `${advanceCeiling(amount, mode)}`;
}
