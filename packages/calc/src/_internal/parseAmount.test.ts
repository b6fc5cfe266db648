import { isKhuyenCongError } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseDecimal } from './parseAmount';

describe('parseAmount', () => {
  it('accepts integer strings (leading zeros too), bigints and safe integers', () => {
    expect([
      parseAmount('007', 'x'),
      parseAmount('-0', 'x'),
      parseAmount(12n, 'x'),
      parseAmount(-5, 'x'),
    ]).toEqual([7n, 0n, 12n, -5n]);
  });

  it('names the parameter and the reason in the error details', () => {
    try {
      parseAmount('1.50', 'planned');
      expect.unreachable();
    } catch (error) {
      expect(isKhuyenCongError(error, ['INVALID_AMOUNT']) && error.details).toEqual({
        parameter: 'planned',
        value: '"1.50"',
        reason: 'fraction',
      });
    }
  });

  it('rejects more than 300 digits', () => {
    expect(() => parseAmount('9'.repeat(301), 'x')).toThrow(/too-long/);
    expect(parseAmount('9'.repeat(300), 'x')).toBe(10n ** 300n - 1n);
  });
});

describe('parseDecimal', () => {
  it('keeps the printed scale', () => {
    expect([parseDecimal('93.50', 'p'), parseDecimal('-0.5', 'p'), parseDecimal(3, 'p')]).toEqual([
      { units: 9350n, scale: 2 },
      { units: -5n, scale: 1 },
      { units: 3n, scale: 0 },
    ]);
  });
});
