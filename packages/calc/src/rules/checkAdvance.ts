import type { VndAmount } from '@khuyencong/domain';
import { advanceCeiling } from '../_internal/advanceCeiling';
import { parseNonNegativeAmount } from '../_internal/parseAmount';
import type { AmountInput } from '../money/AmountInput';

/**
 * The result of {@link checkAdvance}.
 *
 * @category Support rules
 */
export interface AdvanceCheck {
  /** Whether the advance is at most 70% of the support. */
  readonly withinLimit: boolean;
  /** The ceiling, 70% of the support rounded down. */
  readonly maxAdvance: VndAmount;
  /** How much the advance exceeds the ceiling (`'0'` when within it). */
  readonly excess: VndAmount;
}

/**
 * Checks an advance (tạm ứng) against the 70% ceiling of TTLT 26/2014 Điều 8.2.b.
 *
 * @param advance - the advance paid or requested, whole đồng.
 * @param support - the support under the contract, whole đồng.
 * @returns `{ withinLimit, maxAdvance, excess }`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_AMOUNT` for a negative or malformed amount.
 * @category Support rules
 * @example
 * ```ts
 * import { checkAdvance } from '@khuyencong/calc';
 * [checkAdvance('210000000', '300000000').withinLimit, checkAdvance('250000000', '300000000').excess]
 * //=> [true, '40000000']
 * ```
 */
export function checkAdvance(advance: AmountInput, support: AmountInput): AdvanceCheck {
  const paid = parseNonNegativeAmount(advance, 'advance');
  const ceiling = advanceCeiling(parseNonNegativeAmount(support, 'support'), 'floor');
  return {
    withinLimit: paid <= ceiling,
    maxAdvance: `${ceiling}`,
    excess: `${paid > ceiling ? paid - ceiling : 0n}`,
  };
}
