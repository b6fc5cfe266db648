import fc from 'fast-check';
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';
import { describe, expect, it } from 'vitest';
import { amounts, canonical, decimalStrings, errorCode } from '../../test/arbitraries';
import { parseNumberWords } from '../parse/parseNumberWords';
import type { ReadNumberOptions } from './ReadNumberOptions';
import { readNumber } from './readNumber';

const optionSets: fc.Arbitrary<ReadNumberOptions> = fc.record(
  {
    zeroTens: fc.constantFrom('lẻ', 'linh'),
    four: fc.constantFrom('tư', 'bốn'),
    thousand: fc.constantFrom('nghìn', 'ngàn'),
    billion: fc.constantFrom('tỷ', 'tỉ'),
    decimalSeparator: fc.constantFrom('phẩy', 'chấm'),
  },
  { requiredKeys: [] },
);

describe('readNumber', () => {
  it('reads units, tens and hundreds with mười/mươi, mốt, tư, lăm and lẻ', () => {
    const table: [number, string][] = [
      [0, 'không'],
      [5, 'năm'],
      [10, 'mười'],
      [11, 'mười một'],
      [14, 'mười bốn'],
      [15, 'mười lăm'],
      [20, 'hai mươi'],
      [21, 'hai mươi mốt'],
      [24, 'hai mươi tư'],
      [25, 'hai mươi lăm'],
      [41, 'bốn mươi mốt'],
      [44, 'bốn mươi tư'],
      [100, 'một trăm'],
      [101, 'một trăm lẻ một'],
      [104, 'một trăm lẻ bốn'],
      [105, 'một trăm lẻ năm'],
      [110, 'một trăm mười'],
      [115, 'một trăm mười lăm'],
      [121, 'một trăm hai mươi mốt'],
      [999, 'chín trăm chín mươi chín'],
    ];
    for (const [value, words] of table) expect(readNumber(value)).toBe(words);
  });

  it('reads groups fully after the first, skips zero groups, and repeats tỷ without limit', () => {
    expect(readNumber(1001)).toBe('một nghìn không trăm lẻ một');
    expect(readNumber(1010)).toBe('một nghìn không trăm mười');
    expect(readNumber(4065)).toBe('bốn nghìn không trăm sáu mươi lăm');
    expect(readNumber(523056)).toBe('năm trăm hai mươi ba nghìn không trăm năm mươi sáu');
    expect(readNumber(23010000)).toBe('hai mươi ba triệu không trăm mười nghìn');
    expect(readNumber(1000000075)).toBe('một tỷ không trăm bảy mươi lăm');
    expect(readNumber(1000001)).toBe('một triệu không trăm lẻ một');
    expect(readNumber(2030000305)).toBe('hai tỷ không trăm ba mươi triệu ba trăm lẻ năm');
    expect(readNumber('73500000000')).toBe('bảy mươi ba tỷ năm trăm triệu');
    expect(readNumber('1100000000000')).toBe('một nghìn một trăm tỷ');
    expect(readNumber('1230950880055')).toBe(
      'một nghìn hai trăm ba mươi tỷ chín trăm năm mươi triệu tám trăm tám mươi nghìn không trăm năm mươi lăm',
    );
    expect(readNumber(10n ** 12n)).toBe('một nghìn tỷ');
    expect(readNumber(10n ** 15n)).toBe('một triệu tỷ');
    expect(readNumber(10n ** 18n)).toBe('một tỷ tỷ');
    expect(readNumber(10n ** 21n)).toBe('một nghìn tỷ tỷ');
    expect(readNumber(10n ** 27n)).toBe('một tỷ tỷ tỷ');
    expect(readNumber(10n ** 18n + 10n ** 9n)).toBe('một tỷ tỷ không trăm lẻ một tỷ');
  });

  it('reads negatives with "âm" and decimals after "phẩy"', () => {
    expect(readNumber(-5)).toBe('âm năm');
    expect(readNumber(-21)).toBe('âm hai mươi mốt');
    expect(readNumber('-0')).toBe('không');
    expect(readNumber('-0.5')).toBe('âm không phẩy năm');
    expect(readNumber('27.312')).toBe('hai mươi bảy phẩy ba trăm mười hai');
    expect(readNumber('0.007')).toBe('không phẩy không không bảy');
    expect(readNumber('12.5')).toBe('mười hai phẩy năm');
    expect(readNumber('1000.05')).toBe('một nghìn phẩy không năm');
    expect(readNumber('1000.5')).toBe('một nghìn phẩy năm');
    expect(readNumber('100.01')).toBe('một trăm phẩy không một');
    expect(readNumber('100.10')).toBe('một trăm phẩy một');
    expect(readNumber('1.15')).toBe('một phẩy mười lăm');
    expect(readNumber('1.23456')).toBe('một phẩy hai ba bốn năm sáu');
  });

  it('spells every option', () => {
    const options = {
      zeroTens: 'linh',
      four: 'bốn',
      thousand: 'ngàn',
      billion: 'tỉ',
      decimalSeparator: 'chấm',
    } as const;
    expect(readNumber('1104024.4', options)).toBe(
      'một triệu một trăm linh bốn ngàn không trăm hai mươi bốn chấm bốn',
    );
    expect(readNumber('1000000000000', options)).toBe('một ngàn tỉ');
  });

  // They differ on fractions with a leading zero and three digits: theirs reads "0.006" as "không phẩy không
  // trăm lẻ sáu", ours reads leading zeros one by one; and theirs reads "-0" as "âm không"
  // (test/disagreements.test.ts).
  it('agrees with read-vietnamese-number (configured for money) on integers and decimals', () => {
    const config = new ReadingConfig();
    config.unit = [];
    config.units = [[], ['nghìn'], ['triệu'], ['tỷ']];
    config.pointText = 'phẩy';
    fc.assert(
      fc.property(decimalStrings, (value) => {
        fc.pre(!/\.0/.test(value) && canonical(value) !== '0');
        expect(readNumber(value)).toBe(doReadNumber(value, config));
      }),
      { numRuns: 2000 },
    );
  });

  it('is inverted by parseNumberWords for every option set', () => {
    fc.assert(
      fc.property(fc.oneof(decimalStrings, amounts), optionSets, (value, options) => {
        const words = readNumber(value, options);
        expect(parseNumberWords(words)).toBe(parseNumberWords(readNumber(value)));
        expect(readNumber(parseNumberWords(words), options)).toBe(words);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses bad input with coded errors', () => {
    expect(errorCode(() => readNumber(0.1))).toBe('INVALID_NUMBER');
    expect(errorCode(() => readNumber('1e21'))).toBe('INVALID_NUMBER');
    expect(errorCode(() => readNumber('1.234.567'))).toBe('INVALID_NUMBER');
    expect(errorCode(() => readNumber(Symbol('x') as never))).toBe('INVALID_NUMBER');
    expect(errorCode(() => readNumber(1, { four: 'bon' as never }))).toBe('INVALID_OPTION');
    expect(errorCode(() => readNumber(1, null as never))).toBe('INVALID_OPTION');
  });

  it('bounds its words by the digit cap: 300 nines read in under 5,000 characters, 301 digits refused', () => {
    // Each 9-digit block past the first adds one more "tỷ" to every block above it, so the words grow with the
    // square of the digits; the cap of 300 digits (MAX_AMOUNT_DIGITS) keeps the longest reading to 4,578
    // characters, 561 of them "tỷ".
    const longest = readNumber('9'.repeat(300));
    expect(longest.length).toBe(4578);
    expect(longest.match(/tỷ/g)?.length).toBe(561);
    expect(errorCode(() => readNumber('9'.repeat(301)))).toBe('INVALID_NUMBER');
  });
});
