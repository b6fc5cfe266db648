import type { VndAmount } from '@khuyencong/domain';
import { invalidOption, readOptions } from '../_internal/options';
import { parseAmount } from '../_internal/parseAmount';
import { parseRatios } from '../_internal/parseRatios';
import type { AmountInput, DecimalInput } from '../money/AmountInput';
import {
  ALLOCATION_METHODS,
  type AllocateOptions,
  type AllocationMethod,
} from './AllocationMethod';

/**
 * Splits a total into parts proportional to ratios, in whole đồng, so that the parts always add up to the
 * total exactly. Every part is first rounded down (toward zero for a negative total); the đồng left over
 * (fewer than the number of parts) go one each to the parts chosen by `method` (see
 * {@link AllocationMethod}). A part with ratio 0 always gets 0.
 *
 * @param total - whole đồng to split (a negative total is split like its absolute value, then negated).
 * @param ratios - non-negative weights: decimal strings (`'0.3'`), bigints or safe integers; not all zero.
 * @param options - `method`: `largestRemainder` (default) or `largestRatioFirst`.
 * @returns one canonical integer string per ratio, in order, summing to `total`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_RATIOS` for no ratios, a negative ratio or all zeros;
 *   `INVALID_AMOUNT`, `INVALID_DECIMAL`, `INVALID_OPTION`.
 * @category Allocation
 * @example
 * ```ts
 * import { allocate } from '@khuyencong/calc';
 * allocate('10', [15, 15, 70])
 * //=> ['2', '1', '7']
 * allocate('10', [15, 15, 70], { method: 'largestRatioFirst' })
 * //=> ['1', '1', '8']
 * allocate('899000000', ['286', '613'])
 * //=> ['286000000', '613000000']
 * ```
 */
export function allocate(
  total: AmountInput,
  ratios: Iterable<DecimalInput>,
  options?: AllocateOptions,
): VndAmount[] {
  const amount = parseAmount(total, 'total');
  const weights = parseRatios(ratios);
  const method = readMethod(readOptions(options).method);
  const negative = amount < 0n;
  const absolute = negative ? -amount : amount;
  let weightSum = 0n;
  for (const weight of weights) weightSum += weight;
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let leftover = absolute;
  for (const weight of weights) {
    const product = absolute * weight;
    const part = product / weightSum;
    parts.push(part);
    remainders.push(product - part * weightSum);
    leftover -= part;
  }
  if (leftover > 0n) {
    const keys = method === 'largestRemainder' ? remainders : weights;
    for (const index of largestFirst(keys, Number(leftover))) {
      parts[index] = (parts[index] as bigint) + 1n;
    }
  }
  return parts.map((part): VndAmount => `${negative ? -part : part}`);
}

/** The indices of the `count` largest positive keys, ties to the earlier index. */
function largestFirst(keys: readonly bigint[], count: number): number[] {
  const order = keys.map((_, index) => index).filter((index) => (keys[index] as bigint) > 0n);
  order.sort((a, b) => {
    const left = keys[a] as bigint;
    const right = keys[b] as bigint;
    return left === right ? a - b : left > right ? -1 : 1;
  });
  return order.slice(0, count);
}

function readMethod(value: unknown): AllocationMethod {
  if (value === undefined) return 'largestRemainder';
  if ((ALLOCATION_METHODS as readonly unknown[]).includes(value)) return value as AllocationMethod;
  throw invalidOption('method', value, `one of ${ALLOCATION_METHODS.join(', ')}`);
}
