import { ROUNDING_MODES, type RoundingMode } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Decimal, makeDecimal } from './decimal';
import { incrementDigits } from './incrementDigits';
import { roundDecimal } from './roundDecimal';

function roundsAway(kept: string, dropped: string, negative: boolean, mode: RoundingMode): boolean {
  const anyDropped = /[1-9]/.test(dropped);
  if (!anyDropped) return false;
  switch (mode) {
    case 'expand':
      return true;
    case 'trunc':
      return false;
    case 'ceil':
      return !negative;
    case 'floor':
      return negative;
    default: {
      const first = dropped.charCodeAt(0) - 48;
      if (first !== 5 || /[1-9]/.test(dropped.slice(1))) return first >= 5;
      return roundsTieAway(kept, negative, mode);
    }
  }
}

/** Whether an exact tie (…5 with nothing after it) rounds away from zero under a `half*` mode. */
function roundsTieAway(kept: string, negative: boolean, mode: RoundingMode): boolean {
  switch (mode) {
    case 'halfExpand':
      return true;
    case 'halfTrunc':
      return false;
    case 'halfCeil':
      return !negative;
    case 'halfFloor':
      return negative;
    default:
      return (kept.charCodeAt(kept.length - 1) - 48) % 2 === 1;
  }
}

/**
 * The digit-string rounding i18n-vi had before it used divRound, kept as the oracle: unchanged, but for the
 * carry helper `incrementDigits`, which moved to its own file as it was.
 */
function oldRoundDecimal(decimal: Decimal, digits: number, mode: RoundingMode): Decimal {
  if (decimal.frac.length <= digits) return decimal;
  const kept = decimal.int + decimal.frac.slice(0, digits);
  const dropped = decimal.frac.slice(digits);
  const rounded = roundsAway(kept, dropped, decimal.negative, mode) ? incrementDigits(kept) : kept;
  const cut = rounded.length - digits;
  return makeDecimal(decimal.negative, rounded.slice(0, cut), rounded.slice(cut));
}

/** A decimal of up to 300 digits in all, split anywhere between its integer and its fraction. */
const decimals = fc
  .tuple(
    fc.boolean(),
    fc.string({
      unit: fc.constantFrom('0', '1', '4', '5', '6', '9'),
      minLength: 1,
      maxLength: 300,
    }),
    fc.nat(),
  )
  .map(([negative, digits, at]): Decimal => {
    const point = at % (digits.length + 1);
    return makeDecimal(negative, digits.slice(0, point) || '0', digits.slice(point));
  });

describe('roundDecimal', () => {
  it('rounds as the digit-string rounding did, on decimals of up to 300 digits, in every mode', () => {
    fc.assert(
      fc.property(
        decimals,
        fc.oneof(fc.nat({ max: 4 }), fc.nat({ max: 310 })),
        fc.constantFrom(...ROUNDING_MODES),
        (decimal, digits, mode) => {
          expect(roundDecimal(decimal, digits, mode)).toEqual(
            oldRoundDecimal(decimal, digits, mode),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rounds ties, carries and negative zero alike', () => {
    const cases: readonly [string, string, boolean, number][] = [
      ['0', '5', false, 0],
      ['2', '5', true, 0],
      ['9', '995', false, 2],
      ['0', '001', true, 2],
      ['99', '5', true, 0],
    ];
    for (const mode of ROUNDING_MODES) {
      for (const [int, frac, negative, digits] of cases) {
        const decimal = makeDecimal(negative, int, frac);
        expect(roundDecimal(decimal, digits, mode)).toEqual(oldRoundDecimal(decimal, digits, mode));
      }
    }
  });
});
