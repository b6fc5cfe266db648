import type { RoundingMode } from '@khuyencong/domain';
import Decimal from 'decimal.js';

/**
 * @internal calc's own decimal.js constructor. `defaults: true` makes every setting explicit, so a
 * consumer's `Decimal.set(...)` (before or after this module loads) changes nothing here. The precision
 * (1,000 significant digits) holds every product of two inputs exactly: inputs are limited to 300 digits.
 */
export const Dec: typeof Decimal = /* @__PURE__ */ Decimal.clone({
  defaults: true,
  precision: 1000,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
});

const DECIMAL_MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
  expand: Decimal.ROUND_UP,
  trunc: Decimal.ROUND_DOWN,
  halfCeil: Decimal.ROUND_HALF_CEIL,
  halfFloor: Decimal.ROUND_HALF_FLOOR,
  halfExpand: Decimal.ROUND_HALF_UP,
  halfTrunc: Decimal.ROUND_HALF_DOWN,
  halfEven: Decimal.ROUND_HALF_EVEN,
};

/** @internal The decimal.js rounding constant of a named mode. */
export function toDecimalRounding(mode: RoundingMode): Decimal.Rounding {
  return DECIMAL_MODES[mode];
}

/** @internal A Decimal as a canonical decimal string: no exponent, no trailing zeros, no `-0`. */
export function decimalToString(value: Decimal): string {
  const text = value.toFixed();
  return text === '-0' ? '0' : text;
}
