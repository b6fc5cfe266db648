import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../../test/arbitraries';
import { formatDate } from './formatDate';
import { formatPeriod } from './formatPeriod';

describe('formatDate', () => {
  it('writes the NĐ 30/2020 form: leading zero for days below 10 and months 1-2', () => {
    expect(formatDate('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(formatDate('2026-02-28')).toBe('ngày 28 tháng 02 năm 2026');
    expect(formatDate('2026-03-01')).toBe('ngày 01 tháng 3 năm 2026');
    expect(formatDate('2026-11-27')).toBe('ngày 27 tháng 11 năm 2026');
    expect(formatDate('2024-02-29', { style: 'numeric' })).toBe('29/02/2024');
  });

  it("takes the calendar date of a Date in Vietnam (UTC+7), whatever the machine's time zone", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true }),
        (date) => {
          const numeric = formatDate(date, { style: 'numeric' });
          const vietnam = new Date(date.getTime() + 7 * 60 * 60 * 1000);
          const day = String(vietnam.getUTCDate()).padStart(2, '0');
          const month = String(vietnam.getUTCMonth() + 1).padStart(2, '0');
          expect(numeric).toBe(`${day}/${month}/${vietnam.getUTCFullYear()}`);
        },
      ),
      { numRuns: 1000 },
    );
    expect(formatDate(new Date('2026-11-27T16:59:00Z'))).toBe('ngày 27 tháng 11 năm 2026');
    expect(formatDate(new Date('2026-11-27T17:00:00Z'))).toBe('ngày 28 tháng 11 năm 2026');
  });

  it('has one English form for both styles, day month-name year', () => {
    expect(formatDate('2024-10-01', { lang: 'en' })).toBe('1 October 2024');
    expect(formatDate('2026-01-05', { style: 'numeric', lang: 'en' })).toBe('5 January 2026');
    expect(formatDate(new Date('2025-02-28T12:00:00Z'), { lang: 'en' })).toBe('28 February 2025');
    expect(formatDate('2024-10-01', { lang: 'vi' })).toBe('ngày 01 tháng 10 năm 2024');
    fc.assert(
      fc.property(
        // Since 1976: Vietnam has been at UTC+7 with no summer time since June 1975.
        fc.date({
          min: new Date('1976-01-01T00:00:00Z'),
          max: new Date(2200, 0, 1),
          noInvalidDate: true,
        }),
        (date) => {
          const english = new Intl.DateTimeFormat('en-GB', {
            dateStyle: 'long',
            timeZone: 'Asia/Ho_Chi_Minh',
          }).format(date);
          expect(formatDate(date, { lang: 'en' })).toBe(english);
        },
      ),
      { numRuns: 500 },
    );
    expect(errorCode(() => formatDate('2024-10-01', { lang: 'fr' as never }))).toBe(
      'UNSUPPORTED_LANGUAGE',
    );
  });

  it('refuses dates that do not exist and bad styles', () => {
    for (const bad of [
      '2023-02-29',
      '2026-13-01',
      '27/11/2026',
      '',
      new Date(Number.NaN),
      20261127,
      null,
    ]) {
      expect(
        errorCode(() => formatDate(bad as never)),
        String(bad),
      ).toBe('INVALID_DATE');
    }
    expect(errorCode(() => formatDate('2026-11-27', { style: 'long' as never }))).toBe(
      'INVALID_OPTION',
    );
  });
});

describe('formatPeriod', () => {
  it('names every kind of period', () => {
    expect(formatPeriod({ kind: 'year', year: 2024 })).toBe('năm 2024');
    expect(formatPeriod({ kind: 'nine-months', year: 2024 })).toBe('9 tháng năm 2024');
    expect(formatPeriod({ kind: 'half-year', year: 2024, index: 1 })).toBe('6 tháng đầu năm 2024');
    expect(formatPeriod({ kind: 'half-year', year: 2024, index: 2 })).toBe('6 tháng cuối năm 2024');
    expect(
      ['1', '2', '3', '4'].map((q) =>
        formatPeriod({ kind: 'quarter', year: 2024, index: Number(q) }),
      ),
    ).toEqual(['quý I/2024', 'quý II/2024', 'quý III/2024', 'quý IV/2024']);
    expect(formatPeriod({ kind: 'month', year: 2024, index: 9 })).toBe('tháng 9/2024');
    expect(formatPeriod({ kind: 'multi-year', year: 2021, endYear: 2025 })).toBe(
      'giai đoạn 2021-2025',
    );
  });

  it('names every kind of period in English', () => {
    const en = { lang: 'en' } as const;
    expect(formatPeriod({ kind: 'year', year: 2024 }, en)).toBe('2024');
    expect(formatPeriod({ kind: 'nine-months', year: 2024 }, en)).toBe('9 months of 2024');
    expect(formatPeriod({ kind: 'half-year', year: 2024, index: 1 }, en)).toBe(
      'first half of 2024',
    );
    expect(formatPeriod({ kind: 'half-year', year: 2024, index: 2 }, en)).toBe(
      'second half of 2024',
    );
    expect(
      [1, 2, 3, 4].map((index) => formatPeriod({ kind: 'quarter', year: 2024, index }, en)),
    ).toEqual(['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024']);
    expect(formatPeriod({ kind: 'month', year: 2024, index: 9 }, en)).toBe('September 2024');
    expect(formatPeriod({ kind: 'multi-year', year: 2021, endYear: 2025 }, en)).toBe('2021-2025');
    expect(errorCode(() => formatPeriod({ kind: 'quarter', year: 2024, index: 5 }, en))).toBe(
      'INVALID_PERIOD',
    );
    expect(
      errorCode(() => formatPeriod({ kind: 'year', year: 2024 }, { lang: 'fr' as never })),
    ).toBe('UNSUPPORTED_LANGUAGE');
  });

  it('refuses periods that cannot exist', () => {
    const bad = [
      { kind: 'quarter', year: 2024, index: 5 },
      { kind: 'quarter', year: 2024 },
      { kind: 'month', year: 2024, index: 0 },
      { kind: 'half-year', year: 2024, index: 1.5 },
      { kind: 'multi-year', year: 2025, endYear: 2021 },
      { kind: 'multi-year', year: 2021 },
      { kind: 'year', year: 24 },
      { kind: 'year', year: 2024n },
      { kind: 'decade', year: 2020 },
      null,
      'năm 2024',
    ];
    for (const period of bad)
      expect(
        errorCode(() => formatPeriod(period as never)),
        String(period),
      ).toBe('INVALID_PERIOD');
  });
});
