import { ROUNDING_MODES } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { divRound } from './divRound';

// value ×2 over 2: -25/10 = −2.5, -24/10 = −2.4, 25/10 = 2.5, 35/10 = 3.5, -35/10 = −3.5, 26/10 = 2.6
const TABLE: Record<(typeof ROUNDING_MODES)[number], readonly bigint[]> = {
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

describe('divRound', () => {
  for (const mode of ROUNDING_MODES) {
    it(`rounds ${mode} as documented, negatives included`, () => {
      expect(NUMERATORS.map((n) => divRound(n, 10n, mode))).toEqual(TABLE[mode]);
    });
  }

  it('is exact on integers and huge values', () => {
    expect(divRound(10n ** 40n + 5n, 10n, 'halfEven')).toBe(10n ** 39n);
    expect(divRound(-20n, 10n, 'expand')).toBe(-2n);
  });
});
