import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, decimalStrings, errorCode } from '../../test/arbitraries';
import { parseNumber } from './parseNumber';

describe('parseNumber', () => {
  it('reads "." as thousands and "," as decimals', () => {
    expect(parseNumber('1.234.567,891')).toBe('1234567.891');
    expect(parseNumber('12.345.678.901.234.567.890')).toBe('12345678901234567890');
    expect(parseNumber('1.680')).toBe('1680');
    expect(parseNumber('1,680')).toBe('1.68');
    expect(parseNumber('93,5')).toBe('93.5');
    expect(parseNumber('1.500.000.000,50')).toBe('1500000000.5');
    expect(parseNumber(' -0,0 ')).toBe('0');
    expect(parseNumber('\u2212 1.500')).toBe('-1500');
    expect(parseNumber('+007')).toBe('7');
  });

  it('reads the English convention when asked', () => {
    expect(parseNumber('1,234,567.891', { decimalMark: '.' })).toBe('1234567.891');
    expect(parseNumber('4,800', { decimalMark: '.' })).toBe('4800');
    expect(parseNumber('0.5', { decimalMark: '.' })).toBe('0.5');
  });

  it('refuses English-style and malformed numbers with a reason', () => {
    expect(errorCode(() => parseNumber('1,234.5'))).toBe('AMBIGUOUS_NUMBER');
    expect(errorCode(() => parseNumber('1,234,567'))).toBe('AMBIGUOUS_NUMBER');
    expect(errorCode(() => parseNumber('0.5'))).toBe('AMBIGUOUS_NUMBER');
    expect(errorCode(() => parseNumber('1.2345'))).toBe('AMBIGUOUS_NUMBER');
    expect(errorCode(() => parseNumber('1.234,5', { decimalMark: '.' }))).toBe('AMBIGUOUS_NUMBER');
    for (const bad of [
      '',
      'abc',
      '1.23.456',
      '1..234',
      ',5',
      '1,',
      '1 234',
      '1e3',
      '12%',
      '--1',
      'Infinity',
    ]) {
      expect(
        errorCode(() => parseNumber(bad)),
        bad,
      ).toBe('INVALID_NUMBER');
    }
    for (const bad of [1234, null, undefined, {}, 12n]) {
      expect(
        errorCode(() => parseNumber(bad as never)),
        String(bad),
      ).toBe('INVALID_NUMBER');
    }
    expect(errorCode(() => parseNumber('1', { decimalMark: ';' as never }))).toBe('INVALID_OPTION');
  });

  it('reads what Intl.NumberFormat("vi-VN") writes', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });
    fc.assert(
      fc.property(decimalStrings, (value) => {
        expect(parseNumber(intl.format(value as unknown as number))).toBe(canonical(value));
      }),
      { numRuns: 1000 },
    );
  });
});
