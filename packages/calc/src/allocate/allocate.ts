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
  const parsed = parseRatios(ratios);
  const method = readMethod(readOptions(options).method);
  const negative = amount < 0n;
  const absolute = negative ? -amount : amount;
  let parts: (number | bigint)[];
  let remainders: readonly (number | bigint)[];
  let leftover: number | bigint;
  let smallSum = 0;
  if (typeof parsed[0] === 'number') for (const weight of parsed as number[]) smallSum += weight;
  const weights: readonly (number | bigint)[] = parsed;
  if (
    typeof parsed[0] === 'number' &&
    Number.isSafeInteger(smallSum) &&
    absolute * BigInt(smallSum) <= SAFE
  ) {
    // Every product is a safe integer: exact in JS numbers (`%` and the division of a multiple are exact).
    const small = parsed as number[];
    const whole = Number(absolute);
    const share: number[] = new Array(small.length);
    const rest: number[] = new Array(small.length);
    let left = whole;
    for (let index = 0; index < small.length; index += 1) {
      const product = whole * (small[index] as number);
      const remainder = product % smallSum;
      const part = (product - remainder) / smallSum;
      share[index] = part;
      rest[index] = remainder;
      left -= part;
    }
    [parts, remainders, leftover] = [share, rest, left];
  } else {
    const exact = parsed.map((weight) => BigInt(weight));
    let weightSum = 0n;
    for (const weight of exact) weightSum += weight;
    const big: bigint[] = new Array(exact.length);
    const rest: bigint[] = new Array(exact.length);
    let left = absolute;
    for (let index = 0; index < exact.length; index += 1) {
      const product = absolute * (exact[index] as bigint);
      const part = product / weightSum;
      big[index] = part;
      rest[index] = product - part * weightSum;
      left -= part;
    }
    [parts, remainders, leftover] = [big, rest, left];
  }
  if (leftover > 0) {
    const keys = method === 'largestRemainder' ? remainders : weights;
    for (const index of largestFirst(keys, Number(leftover))) {
      const part = parts[index] as number | bigint;
      parts[index] = typeof part === 'number' ? part + 1 : part + 1n;
    }
  }
  return parts.map((part): VndAmount => `${negative ? -part : part}` as VndAmount);
}

/** The largest product of the total and a weight sum done in JS numbers. */
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The indices of the `count` largest positive keys, ties to the earlier index. */
function largestFirst(keys: readonly (number | bigint)[], count: number): number[] {
  const order = keys
    .map((_, index) => index)
    .filter((index) => (keys[index] as number | bigint) > 0);
  order.sort((a, b) => {
    const left = keys[a] as number | bigint;
    const right = keys[b] as number | bigint;
    return left === right ? a - b : left > right ? -1 : 1;
  });
  return order.slice(0, count);
}

function readMethod(value: unknown): AllocationMethod {
  if (value === undefined) return 'largestRemainder';
  if ((ALLOCATION_METHODS as readonly unknown[]).includes(value)) return value as AllocationMethod;
  throw invalidOption('method', value, `one of ${ALLOCATION_METHODS.join(', ')}`);
}
