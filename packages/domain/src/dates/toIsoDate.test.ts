import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKhuyenCongError } from '../errors/isKhuyenCongError';
import { isEffectiveOn } from './isEffectiveOn';
import { isIsoDate } from './isIsoDate';
import { toIsoDate } from './toIsoDate';

describe('toIsoDate', () => {
  it("reads a Date as its calendar date in Vietnam (UTC+7), whatever the machine's time zone", () => {
    // 18:00 UTC on 30 June 2025 is 01:00 on 1 July in Hà Nội: the merged provinces' first day.
    expect(toIsoDate(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
    expect(toIsoDate(new Date('2025-06-30T16:59:59.999Z'))).toBe('2025-06-30');
    expect(toIsoDate(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
    expect(toIsoDate(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(toIsoDate(new Date('2024-02-28T17:00:00Z'))).toBe('2024-02-29');
    expect(toIsoDate(new Date('2025-06-30T18:00:00Z'), { timeZone: 'Asia/Saigon' })).toBe(
      '2025-07-01',
    );
  });

  it('another time zone when asked: UTC, New York (with its summer time), Vietnam through Intl alike', () => {
    const instant = new Date('2025-06-30T18:00:00Z');
    expect(toIsoDate(instant, { timeZone: 'UTC' })).toBe('2025-06-30');
    expect(toIsoDate(new Date('2025-07-01T03:59:00Z'), { timeZone: 'America/New_York' })).toBe(
      '2025-06-30',
    );
    expect(toIsoDate(new Date('2025-07-01T04:00:00Z'), { timeZone: 'America/New_York' })).toBe(
      '2025-07-01',
    );
    expect(toIsoDate(new Date('2025-01-01T04:59:00Z'), { timeZone: 'America/New_York' })).toBe(
      '2024-12-31',
    );
    expect(toIsoDate(new Date('2025-01-01T05:00:00Z'), { timeZone: 'America/New_York' })).toBe(
      '2025-01-01',
    );
    expect(toIsoDate('2025-07-01', { timeZone: 'UTC' })).toBe('2025-07-01');
  });

  it('rejects an unknown time zone or a bad one with UNKNOWN_TIME_ZONE', () => {
    for (const timeZone of ['Mars/Olympus', '', 'UTC+7', 7, null] as unknown as string[]) {
      for (const value of [new Date('2025-06-30T18:00:00Z'), '2025-07-01']) {
        let thrown: unknown;
        try {
          toIsoDate(value, { timeZone });
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toMatchObject({
          name: 'KhuyenCongError',
          code: 'UNKNOWN_TIME_ZONE',
          details: { option: 'timeZone' },
        });
      }
    }
  });

  it('reads timeZone as an own property only', () => {
    const prototype = Object.prototype as { timeZone?: string };
    prototype.timeZone = 'UTC';
    try {
      expect(toIsoDate(new Date('2025-06-30T18:00:00Z'), {})).toBe('2025-07-01');
    } finally {
      delete prototype.timeZone;
    }
    expect(() => toIsoDate('2025-07-01', Object.create({ timeZone: 'UTC' }))).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
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

  it('agrees with Intl in Asia/Ho_Chi_Minh since 1976, and with UTC for timeZone UTC (property)', () => {
    const vietnam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1976-01-01T00:00:00Z'),
          max: new Date('2199-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = toIsoDate(date);
          expect(isIsoDate(iso)).toBe(true);
          expect(iso).toBe(vietnam.format(date));
          expect(toIsoDate(date, { timeZone: 'UTC' })).toBe(date.toISOString().slice(0, 10));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('isIsoDate', () => {
  // The definition it is read by hand for: the pattern, then the calendar.
  const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
  function byPattern(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    const match = PATTERN.exec(value);
    if (match === null) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
    const next = new Date(Date.UTC(year, month - 1, day));
    return next.getUTCMonth() === month - 1 && next.getUTCDate() === day;
  }

  it('answers as the YYYY-MM-DD pattern and the calendar do, for near-dates of every shape (property)', () => {
    const digit = fc.constantFrom(...'0123456789');
    const char = fc.oneof(
      digit,
      fc.constantFrom('-', '/', ' ', '\n', '٣', '０', 'a', '+', '.'),
      fc.string({ maxLength: 1 }),
    );
    const nearDate = fc
      .tuple(
        fc.array(char, { minLength: 4, maxLength: 4 }),
        char,
        fc.array(char, { minLength: 2, maxLength: 2 }),
        char,
        fc.array(char, { minLength: 2, maxLength: 2 }),
      )
      .map(([y, a, m, b, d]) => [...y, a, ...m, b, ...d].join(''));
    const realDate = fc
      .date({
        min: new Date(-62_000_000_000_000),
        max: new Date(253_402_300_799_000),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.oneof(nearDate, realDate, fc.string({ maxLength: 12 }), fc.anything()),
        (value) => {
          expect(isIsoDate(value)).toBe(byPattern(value));
        },
      ),
      { numRuns: 20_000 },
    );
    for (const day of [
      '2024-02-29',
      '2023-02-29',
      '2000-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-04-30',
      '0999-12-31',
      '1000-01-01',
      '9999-12-31',
      '2024-1a-01',
      '2024-01-0:',
      '2024-01-01\n',
    ]) {
      expect(isIsoDate(day)).toBe(byPattern(day));
    }
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

  it('names an instant outside the years 1000-9999 as it is, even at the end of time', () => {
    for (const [instant, text] of [
      [new Date(8.64e15), '+275760-09-13T00:00:00.000Z'],
      [new Date(-8.64e15), '-271821-04-20T00:00:00.000Z'],
      [new Date('0999-12-31T00:00:00Z'), '0999-12-31T00:00:00.000Z'],
    ] as const) {
      expect(() => toIsoDate(instant)).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE', details: { value: text } }),
      );
    }
  });
});
