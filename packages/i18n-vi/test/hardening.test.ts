// The classes of bad input the hostile-input suite (test/hostile.test.ts) found, pinned with real values.
import { isKhuyenCongError, MAX_AMOUNT_DIGITS } from '@khuyencong/domain';
import { failureOf } from '@khuyencong/hostile';
import { describe, expect, it } from 'vitest';
import {
  compareVietnamese,
  formatLegalReference,
  formatMessage,
  formatNumber,
  formatTerm,
  formatVnd,
  LABELS,
  MESSAGES,
  messageOf,
  parseNumberWords,
  parseVnd,
  readNumber,
  readVnd,
  removeDiacritics,
  slugify,
  VND_UNITS,
} from '../src/index';

/** The code and reason of what `run` throws, or `'returned'`. */
function failure(run: () => unknown): string {
  return failureOf(run, isKhuyenCongError);
}

describe('numbers too long to read', () => {
  const longest = '9'.repeat(MAX_AMOUNT_DIGITS);

  it('reads 300 digits, and refuses 301 as a string, a bigint or a megabyte, with a coded error', () => {
    expect(readNumber(longest).startsWith('chín trăm chín mươi chín tỷ tỷ')).toBe(true);
    expect(readVnd(longest).endsWith('chín trăm chín mươi chín đồng')).toBe(true);
    expect(failure(() => readNumber(`${longest}9`))).toBe('INVALID_NUMBER too-long');
    expect(failure(() => readNumber(10n ** 300n))).toBe('INVALID_NUMBER too-long');
    expect(failure(() => readVnd(-(10n ** 300n)))).toBe('INVALID_NUMBER too-long');
    expect(failure(() => readVnd('9'.repeat(1_000_000)))).toBe('INVALID_NUMBER too-long');
    expect(failure(() => readNumber(`0.${'1'.repeat(300)}`))).toBe('INVALID_NUMBER too-long');
    expect(failure(() => formatVnd(`1${'0'.repeat(300)}`))).toBe('INVALID_NUMBER too-long');
    expect(failure(() => formatNumber('9'.repeat(1_000_000)))).toBe('INVALID_NUMBER too-long');
  });

  it('keeps the longest reading small (the words of 300 digits)', () => {
    // Each 9-digit block k says "tỷ" k times: bounded by the cap, not by the input.
    expect(readNumber(longest).length).toBeLessThan(20_000);
    expect(readNumber(longest).split(' tỷ').length - 1).toBe((33 * 34) / 2);
  });

  it('refuses words worth more than 300 digits, before building them', () => {
    expect(parseNumberWords(`một${' tỷ'.repeat(33)}`)).toBe(`1${'0'.repeat(297)}`);
    expect(failure(() => parseNumberWords(`một${' tỷ'.repeat(34)}`))).toBe(
      'INVALID_NUMBER_WORDS too-long',
    );
    expect(failure(() => parseNumberWords(`một${' tỷ'.repeat(100_000)}`))).toBe(
      'INVALID_NUMBER_WORDS too-long',
    );
    expect(failure(() => parseNumberWords(`không phẩy${' một'.repeat(301)}`))).toBe(
      'INVALID_NUMBER_WORDS too-long',
    );
    expect(parseNumberWords(readNumber(longest))).toBe(longest);
  });

  it('refuses an amount of more than 300 digits in parseVnd', () => {
    expect(parseVnd(`${'9'.repeat(300)} đồng`).amount).toBe('9'.repeat(300));
    expect(failure(() => parseVnd(`${'9'.repeat(301)} đồng`))).toBe('INVALID_AMOUNT_TEXT too-long');
    expect(failure(() => parseVnd(`${'9'.repeat(299)} tỷ đồng`))).toBe(
      'INVALID_AMOUNT_TEXT too-long',
    );
  });
});

describe('text that never holds "undefined", "NaN" or "[object Object]"', () => {
  it('refuses what is not a string in the text helpers, boxed strings included', () => {
    expect(failure(() => removeDiacritics(undefined as never))).toBe('INVALID_ARGUMENT type');
    expect(failure(() => removeDiacritics(new String('Đắk Lắk') as never))).toBe(
      'INVALID_ARGUMENT boxed',
    );
    expect(failure(() => slugify({} as never))).toBe('INVALID_ARGUMENT type');
    expect(failure(() => compareVietnamese('An', Object.create(null)))).toBe(
      'INVALID_ARGUMENT type',
    );
    expect(removeDiacritics('Đắk Lắk')).toBe('Dak Lak');
  });

  it('cites only string provisions, read as own properties', () => {
    expect(
      failure(() => formatLegalReference({ document: 'tt-28-2018-btc', article: {} as never })),
    ).toBe('INVALID_ARGUMENT type');
    expect(
      failure(() =>
        formatLegalReference({ document: 'tt-28-2018-btc', clause: Number.NaN as never }),
      ),
    ).toBe('INVALID_ARGUMENT type');
    const inherited = Object.create({ article: '99' }) as { document: string };
    inherited.document = 'tt-28-2018-btc';
    expect(formatLegalReference(inherited)).toBe('Thông tư số 28/2018/TT-BTC');
    expect(formatLegalReference({ document: 'tt-28-2018-btc', article: '8', clause: '4' })).toBe(
      'khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC',
    );
  });

  it('writes a NaN detail as a missing one', () => {
    expect(formatMessage('INVALID_DATE', { value: Number.NaN })).toBe(
      'Ngày không hợp lệ: …. Ngày phải là ngày có thật, viết dạng YYYY-MM-DD.',
    );
    expect(formatTerm('cli.check.verdictErrors', { errors: Number.NaN })).toBe('Có … lỗi.');
  });

  it('gives the unknown-error text for a thrown value with no message of its own', () => {
    expect([
      messageOf({}),
      messageOf(undefined),
      messageOf(Number.NaN),
      messageOf(new Error('')),
    ]).toEqual([
      'Lỗi không xác định.',
      'Lỗi không xác định.',
      'Lỗi không xác định.',
      'Lỗi không xác định.',
    ]);
    expect([messageOf('hết giờ'), messageOf(new Error('hỏng'), { lang: 'en' })]).toEqual([
      'hết giờ',
      'hỏng',
    ]);
  });
});

describe('constants', () => {
  it('are frozen all the way down, so no caller changes them for the others', () => {
    expect([
      Object.isFrozen(MESSAGES),
      Object.isFrozen(LABELS.fundingSource),
      Object.isFrozen(VND_UNITS),
    ]).toEqual([true, true, true]);
    expect(() => {
      (VND_UNITS as unknown as string[]).push('usd');
    }).toThrow(TypeError);
  });
});
