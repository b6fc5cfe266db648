import type { RoundingMode } from '@khuyencong/domain';
import { divRound } from '@khuyencong/internal';
import { formatScaled, pow10 } from './format';
import type { ScaledDecimal } from './parseAmount';

/** @internal Exact arithmetic on finite decimals held as `units / 10^scale` (no rounding anywhere). */
export function scaled(units: bigint, scale = 0): ScaledDecimal {
  return { units, scale };
}

function aligned(a: ScaledDecimal, b: ScaledDecimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  if (a.scale > b.scale) return [a.units, b.units * pow10(a.scale - b.scale), a.scale];
  return [a.units * pow10(b.scale - a.scale), b.units, b.scale];
}

/** @internal `a + b`. */
export function addScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x + y, scale };
}

/** @internal `a − b`. */
export function subtractScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x - y, scale };
}

/** @internal `a × b`. */
export function multiplyScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** @internal −1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compareScaled(a: ScaledDecimal, b: ScaledDecimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** @internal `a / b` rounded to an integer; `b` must be positive. */
export function divideScaled(a: ScaledDecimal, b: ScaledDecimal, mode: RoundingMode): bigint {
  return divRound(a.units * pow10(b.scale), b.units * pow10(a.scale), mode);
}

/** @internal The canonical decimal string of a scaled decimal. */
export function scaledToString(value: ScaledDecimal): string {
  return formatScaled(value.units, value.scale);
}
