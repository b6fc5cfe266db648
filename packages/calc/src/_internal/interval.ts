import type { AmountQualifier } from '@khuyencong/domain';
import type { DecimalInterval } from '../attainment/DecimalInterval';
import type { ScaledDecimal } from './parseAmount';
import {
  addScaled,
  compareScaled,
  multiplyScaled,
  scaled,
  scaledToString,
  subtractScaled,
} from './scaled';

/** @internal An interval of exact decimals; an open end excludes its bound. */
export interface Interval {
  readonly lo: ScaledDecimal;
  readonly hi: ScaledDecimal;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

const ONE = scaled(1n);

/** @internal The single point `[x, x]`. */
export function point(x: ScaledDecimal): Interval {
  return { lo: x, hi: x, loOpen: false, hiOpen: false };
}

/**
 * @internal The values a figure printed with an approximate word stands for, with `tolerance` the
 * relative width of "a little" (`0.05` for 5%): `nearly` [x(1−t), x], `less-than` [x(1−t), x),
 * `more-than` (x, x(1+t)], `about` [x(1−t), x(1+t)]; no word: [x, x].
 */
export function qualified(
  x: ScaledDecimal,
  qualifier: AmountQualifier | undefined,
  tolerance: ScaledDecimal,
): Interval {
  if (qualifier === undefined) return point(x);
  const below = multiplyScaled(x, subtractScaled(ONE, tolerance));
  const above = multiplyScaled(x, addScaled(ONE, tolerance));
  switch (qualifier) {
    case 'nearly':
      return { lo: below, hi: x, loOpen: false, hiOpen: false };
    case 'less-than':
      return { lo: below, hi: x, loOpen: false, hiOpen: true };
    case 'more-than':
      return { lo: x, hi: above, loOpen: true, hiOpen: false };
    default:
      return { lo: below, hi: above, loOpen: false, hiOpen: false };
  }
}

/**
 * @internal The values that round half-expand to `x` at its own number of decimals: [x − h, x + h) for
 * a positive `x`, with h half a unit of the last decimal.
 */
export function roundingInterval(x: ScaledDecimal): Interval {
  const half = scaled(5n, x.scale + 1);
  return { lo: subtractScaled(x, half), hi: addScaled(x, half), loOpen: false, hiOpen: true };
}

/** @internal The product of two intervals of non-negative values. */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  return combine(a, b, multiplyScaled);
}

/** @internal The sum of two intervals. */
export function addIntervals(a: Interval, b: Interval): Interval {
  return combine(a, b, addScaled);
}

/** Bound by bound, for an operation increasing in both arguments; an end is open if either is. */
function combine(
  a: Interval,
  b: Interval,
  operation: (x: ScaledDecimal, y: ScaledDecimal) => ScaledDecimal,
): Interval {
  return {
    lo: operation(a.lo, b.lo),
    hi: operation(a.hi, b.hi),
    loOpen: a.loOpen || b.loOpen,
    hiOpen: a.hiOpen || b.hiOpen,
  };
}

/** @internal Whether two intervals share at least one value. */
export function intersects(a: Interval, b: Interval): boolean {
  return reaches(a.lo, a.loOpen, b.hi, b.hiOpen) && reaches(b.lo, b.loOpen, a.hi, a.hiOpen);
}

function reaches(lo: ScaledDecimal, loOpen: boolean, hi: ScaledDecimal, hiOpen: boolean): boolean {
  const order = compareScaled(lo, hi);
  return order < 0 || (order === 0 && !loOpen && !hiOpen);
}

/** @internal The public form of an interval: canonical decimal strings and inclusive flags. */
export function toDecimalInterval(interval: Interval): DecimalInterval {
  return {
    min: scaledToString(interval.lo),
    max: scaledToString(interval.hi),
    minInclusive: !interval.loOpen,
    maxInclusive: !interval.hiOpen,
  };
}
