import type { RoundingMode } from '@khuyencong/domain';
import { formatQuotient } from './format';
import { readDecimals, readOptions, readRounding } from './options';

/**
 * @internal Rounds the exact quotient `numerator / denominator` to `options.decimals` places (default 0:
 * whole đồng) with `options.rounding` (default `fallback`), as a canonical decimal string. `denominator`
 * must be positive. The options are read (and checked) here, after the operands.
 */
export function roundQuotient(
  numerator: bigint,
  denominator: bigint,
  options: { readonly rounding?: RoundingMode; readonly decimals?: number } | undefined,
  fallback: RoundingMode,
): string {
  const bag = readOptions(options);
  const decimals = readDecimals(bag.decimals, 0);
  const mode = readRounding(bag.rounding, fallback);
  return formatQuotient(numerator, denominator, decimals, mode);
}
