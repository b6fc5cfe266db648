import { describeValue } from '@khuyencong/internal';
import { assertIterable } from './assertIterable';
import { calcError } from './calcError';
import { pow10 } from './format';
import { parseDecimal } from './parseAmount';

/** A short string of digits, read as a ratio at once. */
const DIGITS = /^\d{1,15}$/;

/**
 * @internal Parses allocation ratios (plain decimals, not negative, not all zero, at least one) to integer
 * weights of one common scale: JS numbers when every ratio is a short string of digits (the common case:
 * no bigint or decimal object per ratio), else bigints.
 * @throws `INVALID_ARGUMENT` (not iterable), `INVALID_DECIMAL` (a bad ratio), `INVALID_RATIOS`.
 */
export function parseRatios(ratios: unknown): number[] | bigint[] {
  assertIterable<unknown>(ratios, 'ratios');
  const iterator = ratios[Symbol.iterator]();
  const small: number[] = [];
  let allZero = true;
  let next = iterator.next();
  for (; next.done !== true; next = iterator.next()) {
    const ratio: unknown = next.value;
    if (typeof ratio !== 'string' || ratio.length > 15 || !DIGITS.test(ratio)) break;
    const weight = Number(ratio);
    if (weight !== 0) allZero = false;
    small.push(weight);
  }
  if (next.done === true) {
    if (small.length === 0) throw invalidRatios('empty', ratios, -1);
    if (allZero) throw invalidRatios('all-zero', ratios, -1);
    return small;
  }
  // The rest exactly, each as units of its own scale, then all at the finest scale.
  const weights: bigint[] = small.map((weight) => BigInt(weight));
  const scales: number[] = small.map(() => 0);
  let scale = 0;
  for (; next.done !== true; next = iterator.next()) {
    const ratio: unknown = next.value;
    const index = weights.length;
    const value = parseDecimal(ratio, 'ratios', index);
    if (value.units < 0n) throw invalidRatios('negative', ratio, index);
    if (value.units !== 0n) allZero = false;
    if (value.scale > scale) scale = value.scale;
    weights.push(value.units);
    scales.push(value.scale);
  }
  if (allZero) throw invalidRatios('all-zero', ratios, -1);
  if (scale > 0) {
    for (let index = 0; index < weights.length; index += 1) {
      const own = scales[index] as number;
      if (own !== scale) weights[index] = (weights[index] as bigint) * pow10(scale - own);
    }
  }
  return weights;
}

function invalidRatios(reason: string, value: unknown, index: number): Error {
  const where = index >= 0 ? `ratios[${index}]` : 'ratios';
  return calcError('INVALID_RATIOS', `Cannot allocate over ${where}: ${reason}.`, {
    parameter: where,
    value: describeValue(value),
    reason,
  });
}
