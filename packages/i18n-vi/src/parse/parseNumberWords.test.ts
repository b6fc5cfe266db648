import { describe, expect, it } from 'vitest';
import { errorCode } from '../../test/arbitraries';
import { parseNumberWords } from './parseNumberWords';

describe('parseNumberWords', () => {
  it('reads readNumber output and its spelling variants', () => {
    const table: [string, string][] = [
      ['không', '0'],
      ['mười lăm', '15'],
      ['hai mươi mốt', '21'],
      ['hai mươi tư', '24'],
      ['hai mươi bốn', '24'],
      ['một trăm linh năm', '105'],
      ['một nghìn không trăm lẻ một', '1001'],
      ['Một ngàn không trăm mười', '1010'],
      ['một tỷ không trăm bảy mươi lăm', '1000000075'],
      ['một nghìn một trăm tỷ', '1100000000000'],
      ['một triệu tỷ', '1000000000000000'],
      ['một tỉ tỉ', '1000000000000000000'],
      ['Bảy mươi ba tỷ năm trăm triệu', '73500000000'],
      ['âm hai mươi mốt', '-21'],
      ['hai mươi bảy phẩy ba trăm mười hai', '27.312'],
      ['không chấm không không bảy', '0.007'],
      ['một phẩy hai ba bốn năm sáu', '1.23456'],
    ];
    for (const [words, value] of table) expect(parseNumberWords(words), words).toBe(value);
  });

  it('reads the forms other libraries print, where they are unambiguous', () => {
    // n2words: no "không trăm", "lẻ" before a two-digit tail, and its extra "tỷ".
    expect(parseNumberWords('một nghìn lẻ một')).toBe('1001');
    expect(parseNumberWords('một nghìn lẻ mười')).toBe('1010');
    expect(parseNumberWords('một nghìn lẻ chín mươi bảy')).toBe('1097');
    expect(parseNumberWords('hai tỷ ba mươi triệu ba trăm lẻ năm')).toBe('2030000305');
    expect(parseNumberWords('một nghìn tỷ một trăm tỷ')).toBe('1100000000000');
    // to-words: "mươi một"; colloquial "nhăm", "bẩy", "mười tư".
    expect(parseNumberWords('Hai Mươi Một')).toBe('21');
    expect(parseNumberWords('hai mươi nhăm')).toBe('25');
    expect(parseNumberWords('bẩy trăm mười tư')).toBe('714');
  });

  it('refuses what is not a reading, or is ambiguous in speech', () => {
    const bad = [
      '',
      'âm',
      'một nghìn hai', // 1.002 or 1.200?
      'hai tỷ ba', // 2.000.000.003 or 2,3 tỷ?
      'mười năm', // "ten years", or to-words' wrong 15
      'một trăm lẻ',
      'một nghìn triệu',
      'một tỷ hai triệu tỷ',
      'trăm',
      'mươi',
      'không không',
      'một phẩy',
      'một phẩy lẻ năm',
      'constructor',
      'một 2 ba',
      'hai mươi mốt mốt',
    ];
    for (const words of bad)
      expect(
        errorCode(() => parseNumberWords(words)),
        words,
      ).toBe('INVALID_NUMBER_WORDS');
    expect(errorCode(() => parseNumberWords(21 as never))).toBe('INVALID_NUMBER_WORDS');
    expect(errorCode(() => parseNumberWords(undefined as never))).toBe('INVALID_NUMBER_WORDS');
  });
});
