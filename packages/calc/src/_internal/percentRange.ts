import { type Interval, qualified, roundingInterval } from './interval';
import type { ScaledDecimal } from './parseAmount';
import type { Figure } from './readReported';

/**
 * @internal The exact percentages a printed percent stands for: the values that round to it at its
 * printed decimals, or, with an approximate word, the word's range.
 */
export function percentRange(percent: Figure<ScaledDecimal>, tolerance: ScaledDecimal): Interval {
  return percent.qualifier === undefined
    ? roundingInterval(percent.value)
    : qualified(percent.value, percent.qualifier, tolerance);
}
