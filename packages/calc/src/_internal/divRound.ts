import type { RoundingMode } from '@khuyencong/domain';

/**
 * @internal `numerator / denominator` rounded to an integer with a named mode; exact for any size.
 * `denominator` must be positive (callers normalise the sign).
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
