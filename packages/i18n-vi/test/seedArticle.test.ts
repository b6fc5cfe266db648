// The figures of the seed article (shared/domain/seed-article.md), formatted as the article prints them, read back,
// and written in words.
import { describe, expect, it } from 'vitest';
import { formatPercent, formatPeriod, formatVnd, parseVnd, readVnd } from '../src/index';

// [as printed, amount in đồng, qualifier]
const FIGURES: readonly [string, string, string | undefined][] = [
  ['73,5 tỷ đồng', '73500000000', undefined],
  ['78,6 tỷ đồng', '78600000000', undefined],
  ['33,8 tỷ đồng', '33800000000', undefined],
  ['hơn 9 tỷ đồng', '9000000000', 'more-than'],
  ['24,8 tỷ đồng', '24800000000', undefined],
  ['6,04 tỷ đồng', '6040000000', undefined],
  ['gần 8 tỷ đồng', '8000000000', 'nearly'],
  ['5,5 tỷ đồng', '5500000000', undefined],
  ['hơn 1 tỷ đồng', '1000000000', 'more-than'],
  ['300 triệu đồng', '300000000', undefined],
  ['1,36 tỷ đồng', '1360000000', undefined],
  ['hơn 899 triệu đồng', '899000000', 'more-than'],
  ['286 triệu đồng', '286000000', undefined],
  ['hơn 613 triệu đồng', '613000000', 'more-than'],
  ['800 triệu đồng', '800000000', undefined],
  ['190 triệu đồng', '190000000', undefined],
];

const QUALIFIER_WORDS: Readonly<Record<string, string>> = { 'more-than': 'hơn ', nearly: 'gần ' };

describe('the seed article', () => {
  it.each(FIGURES)('prints and reads %j', (printed, amount, qualifier) => {
    const reported = parseVnd(printed);
    expect(reported.amount).toBe(amount);
    expect(reported.qualifier).toBe(qualifier);
    const prefix = qualifier === undefined ? '' : QUALIFIER_WORDS[qualifier];
    expect(`${prefix}${formatVnd(amount, { unit: 'auto' })}`).toBe(printed);
  });

  it('prints its percents and periods', () => {
    // F1: 73,5 / 78,6 = 93,511…% printed "93,5%"; F2 "52,03%"; F5 "115,6%".
    expect(formatPercent('93.51145038167938', { maximumFractionDigits: 1 })).toBe('93,5%');
    expect(formatPercent('52.03')).toBe('52,03%');
    expect(formatPercent('115.6')).toBe('115,6%');
    expect(formatPeriod({ kind: 'nine-months', year: 2024 })).toBe('9 tháng năm 2024');
    expect(formatPeriod({ kind: 'year', year: 2023 })).toBe('năm 2023');
  });

  it('writes its amounts in words', () => {
    expect(readVnd('73500000000')).toBe('Bảy mươi ba tỷ năm trăm triệu đồng');
    expect(readVnd('33800000000')).toBe('Ba mươi ba tỷ tám trăm triệu đồng');
    expect(readVnd('6040000000')).toBe('Sáu tỷ không trăm bốn mươi triệu đồng');
    expect(readVnd('1360000000')).toBe('Một tỷ ba trăm sáu mươi triệu đồng');
    expect(readVnd('300000000', { exact: true })).toBe('Ba trăm triệu đồng chẵn');
  });
});
