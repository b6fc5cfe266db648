import { ROUNDING_MODES } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amounts, errorCode } from '../../test/arbitraries';
import { parseVnd } from '../parse/parseVnd';
import { formatVnd } from './formatVnd';
import { VND_UNITS } from './VndUnit';

const EXPONENT = { dong: 0n, nghin: 3n, trieu: 6n, ty: 9n, 'nghin-ty': 12n } as const;

describe('formatVnd', () => {
  it('prints the seed article and news figures as they were printed', () => {
    const auto = { unit: 'auto' } as const;
    expect(formatVnd('73500000000', auto)).toBe('73,5 tỷ đồng');
    expect(formatVnd('78600000000', auto)).toBe('78,6 tỷ đồng');
    expect(formatVnd('33800000000', auto)).toBe('33,8 tỷ đồng');
    expect(formatVnd('6040000000', auto)).toBe('6,04 tỷ đồng');
    expect(formatVnd('300000000', auto)).toBe('300 triệu đồng');
    expect(formatVnd('1360000000', auto)).toBe('1,36 tỷ đồng');
    expect(formatVnd('286000000', auto)).toBe('286 triệu đồng');
    expect(formatVnd('262500000', auto)).toBe('262,5 triệu đồng');
    expect(formatVnd('1000000000000', auto)).toBe('1 nghìn tỷ đồng');
    expect(formatVnd('2035000000', { unit: 'ty' })).toBe('2,035 tỷ đồng');
    expect(formatVnd('5011000000', { unit: 'trieu' })).toBe('5.011 triệu đồng');
    expect(formatVnd('84739000000', { unit: 'ty' })).toBe('84,739 tỷ đồng');
    expect(formatVnd('4800000000', { unit: 'trieu' })).toBe('4.800 triệu đồng');
    expect(formatVnd('73500000000')).toBe('73.500.000.000 đồng');
  });

  it('prints the same figures in English: the same unit and rounding, English marks and words', () => {
    const auto = { unit: 'auto', lang: 'en' } as const;
    expect(formatVnd('78600000000', auto)).toBe('78.6 billion VND');
    expect(formatVnd('73500000000', auto)).toBe('73.5 billion VND');
    expect(formatVnd('6040000000', auto)).toBe('6.04 billion VND');
    expect(formatVnd('300000000', auto)).toBe('300 million VND');
    expect(formatVnd('262500000', auto)).toBe('262.5 million VND');
    expect(formatVnd('1500000', auto)).toBe('1.5 million VND');
    expect(formatVnd('45000', auto)).toBe('45 thousand VND');
    expect(formatVnd('1000000000000', auto)).toBe('1 trillion VND');
    expect(formatVnd('1000000000000000', auto)).toBe('1,000 trillion VND');
    expect(formatVnd('999999999', auto)).toBe('1 billion VND');
    expect(formatVnd('999', auto)).toBe('999 VND');
    expect(formatVnd('73500000000', { lang: 'en' })).toBe('73,500,000,000 VND');
    expect(formatVnd('5011000000', { unit: 'trieu', lang: 'en' })).toBe('5,011 million VND');
    expect(formatVnd('73500000000', { unit: 'ty', suffix: 'none', lang: 'en' })).toBe(
      '73.5 billion',
    );
    expect(formatVnd('73500000000', { suffix: '₫', lang: 'en' })).toBe('73,500,000,000 ₫');
  });

  it('chooses the same unit and digits in both languages', () => {
    fc.assert(
      fc.property(
        amounts,
        fc.constantFrom(...VND_UNITS, 'auto' as const),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (amount, unit, digits, rounding) => {
          const options = {
            unit,
            maximumFractionDigits: digits,
            rounding,
            suffix: 'none',
          } as const;
          const vi = formatVnd(amount, options).split(' ');
          const en = formatVnd(amount, { ...options, lang: 'en' }).split(' ');
          expect(en[0]).toBe(vi[0]?.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.')));
          const words = { nghìn: 'thousand', triệu: 'million', tỷ: 'billion' } as const;
          const viUnit = vi.slice(1).join(' ');
          expect(en.slice(1).join(' ')).toBe(
            viUnit === 'nghìn tỷ' ? 'trillion' : (words[viUnit as keyof typeof words] ?? ''),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('suffixes: đồng, đ, ₫, VND or none', () => {
    expect(formatVnd(73500000000n, { suffix: 'đ' })).toBe('73.500.000.000 đ');
    expect(formatVnd(73500000000n, { suffix: '₫' })).toBe('73.500.000.000 ₫');
    expect(formatVnd(73500000000n, { suffix: 'VND' })).toBe('73.500.000.000 VND');
    expect(formatVnd(73500000000n, { suffix: 'none' })).toBe('73.500.000.000');
    expect(formatVnd(73500000000n, { suffix: 'none', unit: 'auto' })).toBe('73,5 tỷ');
  });

  it('rounds scaled units half-up to 3 digits by default, or as told', () => {
    expect(formatVnd('73512345678', { unit: 'auto' })).toBe('73,512 tỷ đồng');
    expect(formatVnd('73512500000', { unit: 'auto' })).toBe('73,513 tỷ đồng');
    expect(formatVnd('73550000000', { unit: 'ty', maximumFractionDigits: 1 })).toBe('73,6 tỷ đồng');
    expect(
      formatVnd('73550000000', { unit: 'ty', maximumFractionDigits: 1, rounding: 'trunc' }),
    ).toBe('73,5 tỷ đồng');
    expect(formatVnd('73500000000', { unit: 'ty', minimumFractionDigits: 2 })).toBe(
      '73,50 tỷ đồng',
    );
    expect(formatVnd('999999999', { unit: 'auto' })).toBe('1 tỷ đồng');
    expect(formatVnd('999999999', { unit: 'auto', rounding: 'trunc' })).toBe('999,999 triệu đồng');
    expect(formatVnd('-1500000', { unit: 'auto' })).toBe('-1,5 triệu đồng');
    expect(formatVnd('1000000000000000', { unit: 'auto' })).toBe('1.000 nghìn tỷ đồng');
    expect(formatVnd(0, { unit: 'auto' })).toBe('0 đồng');
    expect(formatVnd(999, { unit: 'auto' })).toBe('999 đồng');
  });

  it('round-trips through parseVnd within the unit rounding', () => {
    fc.assert(
      fc.property(
        amounts,
        fc.constantFrom(...VND_UNITS, 'auto' as const),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (amount, unit, digits, rounding) => {
          const text = formatVnd(amount, { unit, maximumFractionDigits: digits, rounding });
          const parsed = BigInt(parseVnd(text).amount);
          const shown = /(nghìn tỷ|tỷ|triệu|nghìn)/.exec(text)?.[1];
          const exponent =
            shown === undefined
              ? 0n
              : ({ 'nghìn tỷ': 12n, tỷ: 9n, triệu: 6n, nghìn: 3n }[shown] ?? -1n);
          if (unit !== 'auto') expect(exponent).toBe(EXPONENT[unit]);
          const step = exponent > BigInt(digits) ? 10n ** (exponent - BigInt(digits)) : 1n;
          const error = parsed - BigInt(amount);
          expect(error < 0n ? -error : error).toBeLessThan(step);
          if (rounding.startsWith('half'))
            expect(2n * (error < 0n ? -error : error)).toBeLessThanOrEqual(step);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('refuses fractions, non-numbers and bad options with coded errors', () => {
    expect(errorCode(() => formatVnd('1234.5'))).toBe('FRACTIONAL_DONG');
    expect(errorCode(() => formatVnd(0.5))).toBe('INVALID_NUMBER');
    expect(errorCode(() => formatVnd('73.500.000.000'))).toBe('INVALID_NUMBER');
    expect(errorCode(() => formatVnd(undefined as never))).toBe('INVALID_NUMBER');
    expect(errorCode(() => formatVnd(1, { unit: 'billion' as never }))).toBe('INVALID_OPTION');
    expect(errorCode(() => formatVnd(1, { suffix: 'VNĐ' as never }))).toBe('INVALID_OPTION');
  });
});
