import type { DecimalString, RoundingMode } from '@khuyencong/domain';
import type { PercentOptions } from '../rounding/PercentOptions';
import { calcError } from './calcError';
import { formatQuotient } from './format';
import { readDecimals, readOptions, readRounding } from './options';

/** @internal Percent options with their defaults: 2 decimals, `halfExpand`. */
export interface ResolvedPercentOptions {
  readonly decimals: number;
  readonly mode: RoundingMode;
}

/** @internal Validates percent options and applies the defaults. */
export function readPercentOptions(options: PercentOptions | undefined): ResolvedPercentOptions {
  const bag = readOptions(options);
  return {
    decimals: readDecimals(bag.decimals, 2),
    mode: readRounding(bag.rounding, 'halfExpand'),
  };
}

/** @internal Throws `DIVISION_BY_ZERO` naming `parameter` when `whole` is 0. */
export function assertNonZero(whole: bigint, parameter: string): void {
  if (whole === 0n) {
    throw calcError('DIVISION_BY_ZERO', `Cannot divide by a zero ${parameter}.`, { parameter });
  }
}

/**
 * @internal `part / whole` in percentage points, rounded as resolved; `extraDecimals` 2 gives the same
 * figure as a fraction of 1. Throws `DIVISION_BY_ZERO` naming `wholeParameter` when `whole` is 0.
 */
export function percentString(
  part: bigint,
  whole: bigint,
  resolved: ResolvedPercentOptions,
  wholeParameter: string,
  asFraction = false,
): DecimalString {
  assertNonZero(whole, wholeParameter);
  const sign = whole < 0n ? -1n : 1n;
  const numerator = asFraction ? part * sign : part * 100n * sign;
  const decimals = asFraction ? resolved.decimals + 2 : resolved.decimals;
  return formatQuotient(numerator, whole * sign, decimals, resolved.mode);
}
