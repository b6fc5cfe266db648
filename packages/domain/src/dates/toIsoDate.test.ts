import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKhuyenCongError } from '../errors/isKhuyenCongError';
import { isEffectiveOn } from './isEffectiveOn';
import { isIsoDate } from './isIsoDate';
import { toIsoDate } from './toIsoDate';

describe('toIsoDate', () => {
  it('keeps the local calendar date of a Date', () => {
    expect(toIsoDate(new Date(2025, 6, 1, 0, 0, 1))).toBe('2025-07-01');
    expect(toIsoDate(new Date(2025, 5, 30, 23, 59, 59))).toBe('2025-06-30');
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '2100-02-29',
    '2024-00-10',
    '2024-13-01',
    '2024-6-1',
    '24-06-01',
    '2024-06-01T00:00:00Z',
    ' 2024-06-01',
    '',
  ])('rejects %j with INVALID_DATE', (value) => {
    expect(() => toIsoDate(value)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', name: 'KhuyenCongError' }),
    );
  });

  it('rejects an invalid Date and values of other types', () => {
    const outOfRange = [new Date('+100000-01-01T00:00:00Z'), new Date(999, 0, 1)];
    for (const value of [new Date(Number.NaN), ...outOfRange, 20240601, null, undefined, {}]) {
      let caught: unknown;
      try {
        toIsoDate(value as Date);
      } catch (error) {
        caught = error;
      }
      expect(isKhuyenCongError(caught, ['INVALID_DATE'])).toBe(true);
    }
  });

  it('accepts 29 February only in leap years (2000 yes, 1900 and 2100 no)', () => {
    expect([isIsoDate('2000-02-29'), isIsoDate('1900-02-29'), isIsoDate('2024-02-29')]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('agrees with the platform calendar for every day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }),
        (date) => {
          const iso = toIsoDate(date);
          expect(isIsoDate(iso)).toBe(true);
          const [y, m, d] = iso.split('-').map(Number);
          expect([y, (m ?? 0) - 1, d]).toEqual([
            date.getFullYear(),
            date.getMonth(),
            date.getDate(),
          ]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('isEffectiveOn', () => {
  const tt28 = { effectiveFrom: '2018-05-11' } as const;
  it('includes both bounds and leaves a missing bound open', () => {
    expect(isEffectiveOn(tt28, '2018-05-10')).toBe(false);
    expect(isEffectiveOn(tt28, '2018-05-11')).toBe(true);
    expect(isEffectiveOn(tt28, '2099-12-31')).toBe(true);
    expect(isEffectiveOn({}, '1990-01-01')).toBe(true);
  });
});
