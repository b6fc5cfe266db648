import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divRound } from './divRound';
import type { RoundingMode } from './RoundingMode';

// value ×10 over 10: -25/10 = −2.5, -24/10 = −2.4, 25/10 = 2.5, 35/10 = 3.5, -35/10 = −3.5, 26/10 = 2.6
const TABLE: Record<RoundingMode, readonly bigint[]> = {
  //          −2.5 −2.4  2.5  3.5 −3.5  2.6  −2.6
  ceil: [-2n, -2n, 3n, 4n, -3n, 3n, -2n],
  floor: [-3n, -3n, 2n, 3n, -4n, 2n, -3n],
  expand: [-3n, -3n, 3n, 4n, -4n, 3n, -3n],
  trunc: [-2n, -2n, 2n, 3n, -3n, 2n, -2n],
  halfCeil: [-2n, -2n, 3n, 4n, -3n, 3n, -3n],
  halfFloor: [-3n, -2n, 2n, 3n, -4n, 3n, -3n],
  halfExpand: [-3n, -2n, 3n, 4n, -4n, 3n, -3n],
  halfTrunc: [-2n, -2n, 2n, 3n, -3n, 3n, -3n],
  halfEven: [-2n, -2n, 2n, 4n, -4n, 3n, -3n],
};
const NUMERATORS = [-25n, -24n, 25n, 35n, -35n, 26n, -26n];
/** Every mode: a `Record<RoundingMode, …>` has them all. */
const MODES = Object.keys(TABLE) as RoundingMode[];

/** The floor of `n / d` (d > 0), from BigInt's truncating division. */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

describe('divRound', () => {
  for (const mode of MODES) {
    it(`rounds ${mode} as documented, negatives included`, () => {
      expect(NUMERATORS.map((n) => divRound(n, 10n, mode))).toEqual(TABLE[mode]);
    });
  }

  it('is exact on integers and huge values', () => {
    expect(divRound(10n ** 40n + 5n, 10n, 'halfEven')).toBe(10n ** 39n);
    expect(divRound(-20n, 10n, 'expand')).toBe(-2n);
  });

  it('gives the floor or the ceiling of the quotient (the nearer one in the half modes), symmetrically', () => {
    const mirror: Record<RoundingMode, RoundingMode> = {
      ceil: 'floor',
      floor: 'ceil',
      expand: 'expand',
      trunc: 'trunc',
      halfCeil: 'halfFloor',
      halfFloor: 'halfCeil',
      halfExpand: 'halfExpand',
      halfTrunc: 'halfTrunc',
      halfEven: 'halfEven',
    };
    fc.assert(
      fc.property(
        fc.bigInt(),
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        fc.constantFrom(...MODES),
        (n, d, mode) => {
          const result = divRound(n, d, mode);
          // ceil(−x) = −floor(x), halfCeil(−x) = −halfFloor(x); the other modes are odd functions.
          expect(divRound(-n, d, mirror[mode])).toBe(-result);
          const floor = floorDiv(n, d);
          const exact = floor * d === n;
          expect(exact ? result === floor : result === floor || result === floor + 1n).toBe(true);
          if (!mode.startsWith('half') || exact) return;
          // |n/d − result| ≤ 1/2, compared exactly as |n − result·d|·2 ≤ d.
          const distance = n - result * d;
          expect((distance < 0n ? -distance : distance) * 2n <= d).toBe(true);
        },
      ),
    );
  });
});
