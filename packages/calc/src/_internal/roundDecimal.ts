import type { RoundingMode } from '@khuyencong/domain';
import type Decimal from 'decimal.js';
import { Dec, decimalToString, toDecimalRounding } from './decimal';
import { formatScaled } from './format';
import { readDecimals, readOptions, readRounding } from './options';
import type { ScaledDecimal } from './parseAmount';

/** @internal A parsed decimal as a value of calc's private Decimal constructor. */
export function toDec(value: ScaledDecimal): Decimal {
  return new Dec(formatScaled(value.units, value.scale));
}

/**
 * @internal Rounds an exact Decimal result to `options.decimals` places (default 0: whole đồng) with
 * `options.rounding` (default `fallback`), as a canonical string.
 */
export function roundDecimal(
  value: Decimal,
  options: { readonly rounding?: RoundingMode; readonly decimals?: number } | undefined,
  fallback: RoundingMode,
): string {
  const bag = readOptions(options);
  const decimals = readDecimals(bag.decimals, 0);
  const mode = readRounding(bag.rounding, fallback);
  return decimalToString(value.toDecimalPlaces(decimals, toDecimalRounding(mode)));
}
