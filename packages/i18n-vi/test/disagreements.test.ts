// Where the number-to-words peers disagree or are wrong (peers.md §A), run live against the installed versions,
// next to what we print. We must be right where each of them is wrong.
import { toCardinal } from 'n2words/vi-VN';
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../src/words/readNumber';
import { readVnd } from '../src/words/readVnd';

const rvn = (value: string): string => {
  const config = new ReadingConfig();
  config.unit = [];
  return doReadNumber(value, config);
};

// [input, ours, read-vietnamese-number 2.3.1 (defaults, unit = []), n2words 4.0.0 toCardinal]
const TABLE: readonly [string, string, string, string][] = [
  ['15', 'mười lăm', 'mười lăm', 'mười lăm'],
  ['21', 'hai mươi mốt', 'hai mươi mốt', 'hai mươi mốt'],
  ['24', 'hai mươi tư', 'hai mươi tư', 'hai mươi bốn'],
  ['1001', 'một nghìn không trăm lẻ một', 'một nghìn không trăm lẻ một', 'một nghìn lẻ một'],
  ['1010', 'một nghìn không trăm mười', 'một nghìn không trăm mười', 'một nghìn lẻ mười'],
  [
    '4065',
    'bốn nghìn không trăm sáu mươi lăm',
    'bốn nghìn không trăm sáu mươi lăm',
    'bốn nghìn lẻ sáu mươi lăm',
  ],
  ['1000001', 'một triệu không trăm lẻ một', 'một triệu không trăm lẻ một', 'một triệu lẻ một'],
  [
    '2030000305',
    'hai tỷ không trăm ba mươi triệu ba trăm lẻ năm',
    'hai tỉ không trăm ba mươi triệu ba trăm lẻ năm',
    'hai tỷ ba mươi triệu ba trăm lẻ năm',
  ],
  [
    '73500000000',
    'bảy mươi ba tỷ năm trăm triệu',
    'bảy mươi ba tỉ năm trăm triệu',
    'bảy mươi ba tỷ năm trăm triệu',
  ],
  ['1100000000000', 'một nghìn một trăm tỷ', 'một nghìn một trăm tỉ', 'một nghìn tỷ một trăm tỷ'],
  // n2words 4.0.0 (npm) still has these; peers.md §A.1 shows its 5.1.2 HEAD, which fixed them.
  ['1000000000000000', 'một triệu tỷ', 'một triệu tỉ', 'một trăm nghìn tỷ'],
  ['1000000000000000000', 'một tỷ tỷ', 'một tỉ tỉ', 'một Quintillion'],
  ['-21', 'âm hai mươi mốt', 'âm hai mươi mốt', 'âm hai mươi mốt'],
  ['12.5', 'mười hai phẩy năm', 'mười hai chấm năm', 'mười hai phẩy năm'],
  ['1000.05', 'một nghìn phẩy không năm', 'một nghìn chấm không năm', 'một nghìn phẩy không năm'],
  [
    '0.006',
    'không phẩy không không sáu',
    'không chấm không trăm lẻ sáu',
    'không phẩy không không sáu',
  ],
];

describe('the peer disagreement table', () => {
  it.each(TABLE)('%s: ours %j', (input, ours, theirs, n2w) => {
    expect(readNumber(input)).toBe(ours);
    expect(rvn(input)).toBe(theirs);
    expect(toCardinal(input)).toBe(n2w);
  });

  it('offers every peer spelling as an option: lẻ/linh, tư/bốn, nghìn/ngàn, tỷ/tỉ, phẩy/chấm', () => {
    expect(readNumber(101, { zeroTens: 'linh' })).toBe('một trăm linh một');
    expect(readNumber(24, { four: 'bốn' })).toBe(toCardinal(24));
    expect(readNumber(150000, { thousand: 'ngàn' })).toBe('một trăm năm mươi ngàn');
    expect(readNumber('1100000000000', { billion: 'tỉ' })).toBe(rvn('1100000000000'));
    expect(readNumber('12.5', { billion: 'tỉ', decimalSeparator: 'chấm' })).toBe(rvn('12.5'));
  });

  it('avoids the known bugs of the peers', () => {
    // n2words: the extra "tỷ" of read-vietnamese-number #38, still present.
    expect(toCardinal('1100000000000')).toContain('tỷ một trăm tỷ');
    expect(readNumber('1100000000000')).not.toContain('tỷ một trăm tỷ');
    // n2words toCurrency truncates fractions ("12.6" → "mười hai đồng") and says "âm không đồng" for -0.5;
    // readVnd refuses fractions of đồng instead of guessing.
    expect(() => readVnd('12.6')).toThrow(expect.objectContaining({ code: 'FRACTIONAL_DONG' }));
    // n2words reads the float 0.1 + 0.2 as "không phẩy ba mươi triệu tỷ lẻ bốn"; we refuse floats.
    expect(() => readNumber(0.1 + 0.2)).toThrow(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
    // read-vietnamese-number reads "-0" as "âm không"; to-words' 15, 21 and 101 are "Mười Năm", "Hai Mươi Một", "Một Trăm Một".
    expect(rvn('-0')).toBe('âm không');
    expect([readNumber('-0'), readNumber(15), readNumber(21), readNumber(101)]).toEqual([
      'không',
      'mười lăm',
      'hai mươi mốt',
      'một trăm lẻ một',
    ]);
    // num2words: 10^15 "một trăm nghìn tỷ", 10^18 "một Quintillion", -5 "mười lăm"; 523056 without "không trăm".
    expect(readNumber(-5)).toBe('âm năm');
    expect(readNumber(523056)).toBe('năm trăm hai mươi ba nghìn không trăm năm mươi sáu');
    // hankphung #1: 1.230.950.880.055 lost its "nghìn".
    expect(readNumber('1230950880055')).toMatch(/^một nghìn hai trăm ba mươi tỷ/);
  });
});
