import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnamese } from './compareVietnamese';
import { compareVietnameseNames } from './compareVietnameseNames';
import { removeDiacritics } from './removeDiacritics';
import { slugify } from './slugify';

describe('text helpers', () => {
  it('removes every Vietnamese diacritic, in NFC or NFD input', () => {
    const lower = 'aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ';
    expect(removeDiacritics(lower)).toBe(
      `${'a'.repeat(18)}d${'e'.repeat(12)}${'i'.repeat(6)}${'o'.repeat(18)}${'u'.repeat(12)}${'y'.repeat(6)}`,
    );
    expect(removeDiacritics(lower.toUpperCase())).toBe(removeDiacritics(lower).toUpperCase());
    expect(removeDiacritics('Thủy'.normalize('NFD'))).toBe('Thuy');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(/[\u0300-\u036fđĐ]/.test(removeDiacritics(text))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('makes slugs of lower-case ASCII words joined by "-"', () => {
    expect(slugify('Trung tâm Khuyến công và Tư vấn Phát triển công nghiệp Đắk Lắk')).toBe(
      'trung-tam-khuyen-cong-va-tu-van-phat-trien-cong-nghiep-dak-lak',
    );
    expect(slugify('  --  ')).toBe('');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(slugify(text)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('sorts in Vietnamese alphabetical order, tones ngang < huyền < hỏi < ngã < sắc < nặng', () => {
    const shuffled = [
      'ạ',
      'b',
      'đa',
      'á',
      'ă',
      'da',
      'ã',
      'ả',
      'â',
      'à',
      'a',
      'ơ',
      'o',
      'ô',
      'ư',
      'u',
      'y',
      'x',
    ];
    expect([...shuffled].sort(compareVietnamese)).toEqual([
      'a',
      'à',
      'ả',
      'ã',
      'á',
      'ạ',
      'ă',
      'â',
      'b',
      'da',
      'đa',
      'o',
      'ô',
      'ơ',
      'u',
      'ư',
      'x',
      'y',
    ]);
    expect(['Nguyễn', 'Ngô', 'Nguyên'].sort(compareVietnamese)).toEqual([
      'Ngô',
      'Nguyên',
      'Nguyễn',
    ]);
    // Plain code-unit order gets this wrong ("Đ" U+0110 sorts after "Z").
    expect(['Đà Nẵng', 'Gia Lai', 'Cần Thơ'].sort()).toEqual(['Cần Thơ', 'Gia Lai', 'Đà Nẵng']);
    expect(['Đà Nẵng', 'Gia Lai', 'Cần Thơ'].sort(compareVietnamese)).toEqual([
      'Cần Thơ',
      'Đà Nẵng',
      'Gia Lai',
    ]);
  });

  it('sorts people by given name first', () => {
    const names = [
      'Hộ kinh doanh Thi Nga',
      'Nguyễn Thiên Ban',
      'Phạm Thị Bích Thủy',
      'Nguyễn Văn Ân',
    ];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Nguyễn Văn Ân',
      'Nguyễn Thiên Ban',
      'Hộ kinh doanh Thi Nga',
      'Phạm Thị Bích Thủy',
    ]);
  });
});
