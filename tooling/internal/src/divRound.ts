import type { RoundingMode } from './RoundingMode';

/**
 * `numerator / denominator` rounded to an integer with a named mode: the one rounding implementation of
 * every package (calc's arithmetic, i18n-vi's formatting). Exact for any size. `denominator` must be
 * positive (callers normalise the sign).
 *
 * @param numerator - any integer.
 * @param denominator - a positive integer.
 * @param mode - how to round a quotient that is not whole.
 * @returns the rounded quotient, e.g. `3n` for `25n / 10n` with `'halfExpand'`, `2n` with `'halfEven'`.
 */
export function divRound(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n;
  const away = negative ? quotient - 1n : quotient + 1n;
  switch (mode) {
    case 'trunc':
      return quotient;
    case 'expand':
      return away;
    case 'floor':
      return negative ? away : quotient;
    case 'ceil':
      return negative ? quotient : away;
    default: {
      const twice = (negative ? -remainder : remainder) * 2n;
      if (twice > denominator) return away;
      if (twice < denominator) return quotient;
      return roundTie(mode, quotient, away, negative);
    }
  }
}

function roundTie(mode: RoundingMode, quotient: bigint, away: bigint, negative: boolean): bigint {
  switch (mode) {
    case 'halfExpand':
      return away;
    case 'halfTrunc':
      return quotient;
    case 'halfEven':
      return quotient % 2n === 0n ? quotient : away;
    case 'halfCeil':
      return negative ? quotient : away;
    default:
      return negative ? away : quotient;
  }
}
