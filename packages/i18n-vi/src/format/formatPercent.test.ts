import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalStrings, errorCode } from '../../test/arbitraries';
import { formatNumber } from './formatNumber';
import { formatPercent } from './formatPercent';

describe('formatPercent', () => {
  it('prints the seed article percents as printed', () => {
    expect(formatPercent('52.03')).toBe('52,03%');
    expect(formatPercent('93.511', { maximumFractionDigits: 1 })).toBe('93,5%');
    expect(formatPercent('115.6')).toBe('115,6%');
    expect(formatPercent('22.058823529411764', { maximumFractionDigits: 2 })).toBe('22,06%');
    expect(formatPercent('55.0887', { maximumFractionDigits: 0 })).toBe('55%');
  });

  it('matches Intl style "unit: percent" (percentage points in, no space before %)', () => {
    const intl = new Intl.NumberFormat('vi-VN', {
      style: 'unit',
      unit: 'percent',
      maximumFractionDigits: 2,
    });
    expect(formatPercent('52.03', { maximumFractionDigits: 2 })).toBe(intl.format(52.03));
  });

  it('is formatNumber followed by "%"', () => {
    fc.assert(
      fc.property(decimalStrings, fc.integer({ min: 0, max: 5 }), (value, digits) => {
        expect(formatPercent(value, { maximumFractionDigits: digits })).toBe(
          `${formatNumber(value, { maximumFractionDigits: digits })}%`,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('writes English percents with a decimal point', () => {
    expect(formatPercent('93.51', { lang: 'en' })).toBe('93.51%');
    expect(formatPercent('93.511', { maximumFractionDigits: 1, lang: 'en' })).toBe('93.5%');
    expect(formatPercent('1234.5', { lang: 'en' })).toBe('1,234.5%');
    expect(formatPercent('52.03', { lang: 'en', maximumFractionDigits: 2 })).toBe(
      new Intl.NumberFormat('en-US', { style: 'unit', unit: 'percent' }).format(52.03),
    );
  });

  it('refuses bad input with coded errors', () => {
    expect(errorCode(() => formatPercent(0.5203))).toBe('INVALID_NUMBER');
    expect(errorCode(() => formatPercent('52,03'))).toBe('INVALID_NUMBER');
    expect(errorCode(() => formatPercent('52.03', { maximumFractionDigits: 101 }))).toBe(
      'INVALID_OPTION',
    );
  });
});
