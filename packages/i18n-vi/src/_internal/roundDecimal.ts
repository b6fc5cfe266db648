import type { RoundingMode } from '@khuyencong/domain';
import { divRound } from '@khuyencong/internal';
import { type Decimal, makeDecimal } from './decimal';
import { incrementDigits } from './incrementDigits';

const NON_ZERO = /[1-9]/;

/**
 * Rounds to at most `digits` fraction digits, exactly, with the one rounding implementation every package
 * shares (`divRound`, calc's). Only a window goes through bigint: the last kept digit (its parity decides
 * `halfEven`) and the dropped digits cut to the first one and a `1` when any after it is not zero (which
 * keeps every comparison with zero and with a half). `divRound` says whether the kept digits round away
 * from zero; the carry is added on the digit strings. Converting all the digits instead would give the
 * same result in time quadratic in their number (half a second for a million digits).
 */
export function roundDecimal(decimal: Decimal, digits: number, mode: RoundingMode): Decimal {
  if (decimal.frac.length <= digits) return decimal;
  const kept = decimal.int + decimal.frac.slice(0, digits);
  const dropped = decimal.frac.slice(digits);
  const last = kept.charCodeAt(kept.length - 1) - 48;
  const window = `${last}${dropped[0]}${NON_ZERO.test(dropped.slice(1)) ? '1' : ''}`;
  const units = BigInt(window);
  const rounded = divRound(
    decimal.negative ? -units : units,
    10n ** BigInt(window.length - 1),
    mode,
  );
  const away = (rounded < 0n ? -rounded : rounded) !== BigInt(last);
  const result = away ? incrementDigits(kept) : kept;
  const cut = result.length - digits;
  return makeDecimal(decimal.negative, result.slice(0, cut), result.slice(cut));
}
