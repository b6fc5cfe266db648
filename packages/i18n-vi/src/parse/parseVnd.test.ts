import { describe, expect, it } from 'vitest';
import { errorCode } from '../../test/arbitraries';
import { parseVnd } from './parseVnd';

const amountOf = (text: string): string => parseVnd(text).amount;

describe('parseVnd', () => {
  it('reads the amounts of the seed article and of published reports', () => {
    const printed: [string, string][] = [
      ['73,5 tỷ đồng', '73500000000'],
      ['78,6 tỷ đồng', '78600000000'],
      ['33,8 tỷ đồng', '33800000000'],
      ['24,8 tỷ đồng', '24800000000'],
      ['6,04 tỷ đồng', '6040000000'],
      ['5,5 tỷ đồng', '5500000000'],
      ['300 triệu đồng', '300000000'],
      ['1,36 tỷ đồng', '1360000000'],
      ['286 triệu đồng', '286000000'],
      ['800 triệu đồng', '800000000'],
      ['190 triệu đồng', '190000000'],
      ['230,9 tỷ đồng', '230900000000'],
      ['103,7 tỷ đồng', '103700000000'],
      ['8,85 tỷ', '8850000000'],
      ['2,52 tỉ đồng', '2520000000'],
      ['2,035 tỉ đồng', '2035000000'],
      ['262,5 triệu đồng', '262500000'],
      ['1,680 tỷ đồng', '1680000000'],
      ['5.011 triệu đồng', '5011000000'],
      ['3.277 triệu đồng', '3277000000'],
      ['84,739 tỷ đồng', '84739000000'],
      ['150 ngàn đồng', '150000'],
      ['73.500.000.000đ', '73500000000'],
      ['73.500.000.000 đ', '73500000000'],
      ['73.500.000.000\u00a0₫', '73500000000'],
      ['73.500.000.000 VND', '73500000000'],
      ['73.500.000.000 VNĐ', '73500000000'],
      ['1 nghìn tỷ đồng', '1000000000000'],
      ['2 triệu tỷ đồng', '2000000000000000'],
      ['-1.500.000 đồng', '-1500000'],
    ];
    for (const [text, amount] of printed) expect(amountOf(text), text).toBe(amount);
  });

  it('keeps the qualifier in front of a figure', () => {
    expect(parseVnd('hơn 9 tỷ đồng')).toEqual({
      amount: '9000000000',
      qualifier: 'more-than',
      asWritten: 'hơn 9 tỷ đồng',
    });
    expect(parseVnd('trên 10 tỷ đồng').qualifier).toBe('more-than');
    expect(parseVnd('Dưới 2 triệu đồng').qualifier).toBe('less-than');
    expect(parseVnd('gần 8 tỷ đồng')).toEqual({
      amount: '8000000000',
      qualifier: 'nearly',
      asWritten: 'gần 8 tỷ đồng',
    });
    expect(parseVnd('gần 162,5 triệu đồng').amount).toBe('162500000');
    for (const word of ['khoảng', 'ước', 'ước tính', 'xấp xỉ']) {
      expect(parseVnd(`${word} 4,7 tỷ đồng`).qualifier, word).toBe('about');
    }
    expect(parseVnd('  300   triệu đồng ')).toEqual({
      amount: '300000000',
      asWritten: '300 triệu đồng',
    });
  });

  it('takes the unit of a bare table cell from the options', () => {
    expect(parseVnd('5.011', { unit: 'trieu' }).amount).toBe('5011000000');
    expect(parseVnd('262,5', { unit: 'trieu' }).amount).toBe('262500000');
    expect(parseVnd('4,800', { unit: 'trieu', decimalMark: '.' }).amount).toBe('4800000000');
    expect(parseVnd('5 tỷ đồng', { unit: 'trieu' }).amount).toBe('5000000000');
    expect(parseVnd('5.011 đồng', { unit: 'trieu' }).amount).toBe('5011');
  });

  it('refuses garbage, ambiguous figures and fractions of đồng with a reason', () => {
    expect(errorCode(() => parseVnd('1.680'))).toBe('AMBIGUOUS_AMOUNT');
    expect(errorCode(() => parseVnd('1,234.5 đồng'))).toBe('AMBIGUOUS_AMOUNT');
    expect(errorCode(() => parseVnd('0.5 tỷ đồng'))).toBe('AMBIGUOUS_AMOUNT');
    expect(errorCode(() => parseVnd('0,5 đồng'))).toBe('FRACTIONAL_DONG');
    expect(errorCode(() => parseVnd('1,2345 nghìn đồng'))).toBe('FRACTIONAL_DONG');
    for (const bad of [
      '',
      'đồng',
      '9 tỷ USD',
      'khoảng chín tỷ đồng',
      'hơn',
      '9 tỷ tỷ đồng đồng',
      '9 đồng tỷ',
      '9 triệu nghìn đồng',
      'rất hơn 9 tỷ',
    ]) {
      expect(
        errorCode(() => parseVnd(bad)),
        bad,
      ).toBe('INVALID_AMOUNT_TEXT');
    }
    expect(errorCode(() => parseVnd(9000000000 as never))).toBe('INVALID_AMOUNT_TEXT');
    expect(errorCode(() => parseVnd('5', { unit: 'auto' as never }))).toBe('INVALID_OPTION');
  });
});
