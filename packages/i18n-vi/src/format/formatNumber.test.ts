import { ROUNDING_MODES } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, decimalStrings, errorCode } from '../../test/arbitraries';
import { parseNumber } from '../parse/parseNumber';
import { formatNumber } from './formatNumber';

function intl(value: string, options: Record<string, unknown>, locale = 'vi-VN'): string {
  // Intl.NumberFormat v3 formats decimal strings exactly (peers.md §A.3); its "-0" is ours "0".
  const text = new Intl.NumberFormat(locale, options as Intl.NumberFormatOptions).format(
    value as unknown as number,
  );
  return text.replace(/^-(0([,.]0*)?)$/, '$1');
}

describe('formatNumber', () => {
  it('writes "." thousands and "," decimals, exactly at any size', () => {
    expect(formatNumber('1234567.891')).toBe('1.234.567,891');
    expect(formatNumber('12345678901234567890')).toBe('12.345.678.901.234.567.890');
    expect(formatNumber(123456789012345678901234567890n)).toBe(
      '123.456.789.012.345.678.901.234.567.890',
    );
    expect(formatNumber('123456789012345678901.005', { maximumFractionDigits: 3 })).toBe(
      '123.456.789.012.345.678.901,005',
    );
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(-1500000)).toBe('-1.500.000');
    expect(formatNumber('007.50')).toBe('7,5');
    expect(formatNumber('-0')).toBe('0');
    expect(formatNumber('0.0001')).toBe('0,0001');
  });

  it('rounds half-up by default and pads to minimumFractionDigits', () => {
    expect(formatNumber('2.5', { maximumFractionDigits: 0 })).toBe('3');
    expect(formatNumber('-2.5', { maximumFractionDigits: 0 })).toBe('-3');
    expect(formatNumber('2.5', { maximumFractionDigits: 0, rounding: 'halfEven' })).toBe('2');
    expect(formatNumber('2.9', { maximumFractionDigits: 0, rounding: 'trunc' })).toBe('2');
    expect(formatNumber('999.9996', { maximumFractionDigits: 3 })).toBe('1.000');
    expect(formatNumber('-0.0004', { maximumFractionDigits: 3 })).toBe('0');
    expect(formatNumber('52.03', { minimumFractionDigits: 3 })).toBe('52,030');
  });

  it('matches Intl.NumberFormat("vi-VN") on decimal strings for every rounding mode', () => {
    fc.assert(
      fc.property(
        decimalStrings,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(...ROUNDING_MODES),
        (value, a, b, rounding) => {
          const min = Math.min(a, b);
          const max = Math.max(a, b);
          expect(
            formatNumber(value, {
              minimumFractionDigits: min,
              maximumFractionDigits: max,
              rounding,
            }),
          ).toBe(
            intl(value, {
              minimumFractionDigits: min,
              maximumFractionDigits: max,
              roundingMode: rounding,
            }),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes English numbers with "," thousands and "." decimals, as Intl.NumberFormat("en-US") does', () => {
    expect(formatNumber('1234567.891', { lang: 'en' })).toBe('1,234,567.891');
    expect(formatNumber(12345678901234567890n, { lang: 'en' })).toBe('12,345,678,901,234,567,890');
    expect(formatNumber('-1500000', { lang: 'en' })).toBe('-1,500,000');
    expect(formatNumber('52.03', { minimumFractionDigits: 3, lang: 'en' })).toBe('52.030');
    expect(formatNumber('1234.5', { lang: 'vi' })).toBe('1.234,5');
    fc.assert(
      fc.property(
        decimalStrings,
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(...ROUNDING_MODES),
        (value, digits, rounding) => {
          expect(formatNumber(value, { maximumFractionDigits: digits, rounding, lang: 'en' })).toBe(
            intl(value, { maximumFractionDigits: digits, roundingMode: rounding }, 'en-US'),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is the same figure in both languages: only the two marks are swapped', () => {
    fc.assert(
      fc.property(decimalStrings, fc.integer({ min: 0, max: 6 }), (value, digits) => {
        const swapped = formatNumber(value, { maximumFractionDigits: digits }).replace(
          /[.,]/g,
          (mark) => (mark === '.' ? ',' : '.'),
        );
        expect(formatNumber(value, { maximumFractionDigits: digits, lang: 'en' })).toBe(swapped);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a language it does not have', () => {
    for (const lang of ['fr', 'EN', 'vi-VN', '', null, 1]) {
      expect(
        errorCode(() => formatNumber('1', { lang: lang as never })),
        String(lang),
      ).toBe('UNSUPPORTED_LANGUAGE');
    }
  });

  it('round-trips through parseNumber', () => {
    fc.assert(
      fc.property(decimalStrings, (value) => {
        expect(parseNumber(formatNumber(value))).toBe(canonical(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses floats, exponents and non-numbers with INVALID_NUMBER, bad options with INVALID_OPTION', () => {
    for (const bad of [
      0.1,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 53,
      '1e3',
      '',
      ' 1',
      '1.',
      '.5',
      '1,5',
      {},
      null,
      undefined,
      true,
    ]) {
      expect(
        errorCode(() => formatNumber(bad as string)),
        String(bad),
      ).toBe('INVALID_NUMBER');
    }
    for (const options of [
      { maximumFractionDigits: -1 },
      { maximumFractionDigits: 1.5 },
      { minimumFractionDigits: 3, maximumFractionDigits: 2 },
      { rounding: 'halfUp' },
      'x',
      [],
    ]) {
      expect(
        errorCode(() => formatNumber('1', options as never)),
        JSON.stringify(options),
      ).toBe('INVALID_OPTION');
    }
  });
});
