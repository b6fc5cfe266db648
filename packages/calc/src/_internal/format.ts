import type { RoundingMode } from '@khuyencong/domain';
import { divRound } from '@khuyencong/internal';

/** @internal `10^n` as bigint, cached for the small exponents calc uses. */
export function pow10(n: number): bigint {
  return n < POWERS.length ? (POWERS[n] as bigint) : 10n ** BigInt(n);
}
const POWERS: readonly bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/** @internal `units / 10^scale` as a canonical decimal string (no trailing zeros, no `-0`). */
export function formatScaled(units: bigint, scale: number): string {
  if (units === 0n) return '0';
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  let places = scale;
  while (places > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    places -= 1;
  }
  if (places > 0) {
    digits = digits.padStart(places + 1, '0');
    digits = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }
  return negative ? `-${digits}` : digits;
}

/**
 * @internal `numerator / denominator` rounded to `decimals` places with `mode`, as a canonical decimal
 * string. `denominator` must be positive.
 */
export function formatQuotient(
  numerator: bigint,
  denominator: bigint,
  decimals: number,
  mode: RoundingMode,
): string {
  return formatScaled(divRound(numerator * pow10(decimals), denominator, mode), decimals);
}
