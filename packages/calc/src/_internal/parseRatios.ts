import { describeValue } from '@khuyencong/internal';
import { assertIterable } from './assertIterable';
import { calcError } from './calcError';
import { pow10 } from './format';
import { parseDecimal, type ScaledDecimal } from './parseAmount';

/**
 * @internal Parses allocation ratios to non-negative integers on one common scale (`['0.5', 2]` →
 * `[1n, 4n]`), so that shares are exact integer arithmetic. Throws `INVALID_RATIOS` when there is no ratio,
 * one is negative, or all are zero.
 */
export function parseRatios(ratios: unknown): bigint[] {
  assertIterable<unknown>(ratios, 'ratios');
  const parsed: ScaledDecimal[] = [];
  let scale = 0;
  let index = 0;
  for (const ratio of ratios) {
    const value = parseDecimal(ratio, 'ratios', index);
    if (value.units < 0n) throw invalidRatios('negative', ratio, index);
    if (value.scale > scale) scale = value.scale;
    parsed.push(value);
    index += 1;
  }
  if (index === 0) throw invalidRatios('empty', ratios, -1);
  // Every ratio as units of the finest scale (no multiplication for one already at it).
  const weights: bigint[] = new Array(index);
  let allZero = true;
  for (let at = 0; at < index; at += 1) {
    const { units, scale: own } = parsed[at] as ScaledDecimal;
    weights[at] = own === scale ? units : units * pow10(scale - own);
    if (units !== 0n) allZero = false;
  }
  if (allZero) throw invalidRatios('all-zero', ratios, -1);
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
