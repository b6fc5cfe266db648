import { describe, expect, it } from 'vitest';
import { isKhuyenCongError } from '../errors/isKhuyenCongError';
import { provinceByCodeOn } from './provinceByCodeOn';
import { provinceNameOn } from './provinceNameOn';
import { provinceOn } from './provinceOn';

const codeOf = (error: unknown): string | undefined =>
  isKhuyenCongError(error) ? error.code : undefined;

function thrownCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return codeOf(error);
  }
  return undefined;
}

describe('provinceOn', () => {
  it('finds the unit a name referred to on a date', () => {
    expect(provinceOn('Phú Yên', '2024-06-01')?.id).toBe('phu-yen');
    expect(provinceOn('Phú Yên', '2025-07-01')).toBeUndefined();
    expect(provinceOn('Đắk Lắk', '2024-06-01')?.id).toBe('dak-lak');
    expect(provinceOn('Đắk Lắk', '2026-11-27')?.id).toBe('dak-lak-2025');
  });

  it('switches exactly between 2025-06-30 and 2025-07-01', () => {
    expect(provinceOn('Đắk Lắk', '2025-06-30')?.id).toBe('dak-lak');
    expect(provinceOn('Đắk Lắk', '2025-07-01')?.id).toBe('dak-lak-2025');
    expect(provinceOn('Quảng Nam', '2025-06-30')?.id).toBe('quang-nam');
    expect(provinceOn('Quảng Nam', '2025-07-01')).toBeUndefined();
    expect(provinceOn('Hà Nội', '2025-06-30')?.id).toBe('ha-noi');
    expect(provinceOn('Hà Nội', '2025-07-01')?.id).toBe('ha-noi');
  });

  it('accepts a Date (its calendar date in Vietnam, UTC+7)', () => {
    expect(provinceOn('Phú Yên', new Date('2025-06-30T16:59:00Z'))?.id).toBe('phu-yen');
    expect(provinceOn('Phú Yên', new Date('2025-06-30T17:00:00Z'))).toBeUndefined();
    expect(provinceOn('Phú Yên', new Date('2025-06-30T18:00:00Z'))).toBeUndefined();
  });

  it('ignores case, diacritics, accent placement, punctuation and the kind word', () => {
    const spellings = [
      'phu yen',
      'PHÚ YÊN',
      'Tỉnh Phú Yên',
      'tinh phu yen',
      '  Phú   Yên ',
      'Phú-Yên',
      'phu-yen',
    ];
    for (const spelling of spellings)
      expect(provinceOn(spelling, '2024-06-01')?.id, spelling).toBe('phu-yen');
    expect(provinceOn('Hoà Bình', '2024-06-01')?.id).toBe('hoa-binh');
    expect(provinceOn('Khánh Hoà', '2024-06-01')?.id).toBe('khanh-hoa');
    expect(provinceOn('Đăk Lăk', '2024-06-01')?.id).toBe('dak-lak');
    expect(provinceOn('Dak Lak', '2024-06-01')?.id).toBe('dak-lak');
    expect(provinceOn('Bà Rịa–Vũng Tàu', '2024-06-01')?.id).toBe('ba-ria-vung-tau');
    expect(provinceOn('Bà Rịa-Vũng Tàu', '2024-06-01')?.id).toBe('ba-ria-vung-tau');
  });

  it('accepts city prefixes and aliases', () => {
    for (const spelling of [
      'TP Đà Nẵng',
      'TP. Đà Nẵng',
      'Thành phố Đà Nẵng',
      'thanh pho da nang',
    ]) {
      expect(provinceOn(spelling, '2024-06-01')?.id, spelling).toBe('da-nang');
      expect(provinceOn(spelling, '2025-07-01')?.id, spelling).toBe('da-nang-2025');
    }
    expect(provinceOn('TP.HCM', '2024-06-01')?.id).toBe('ho-chi-minh');
    expect(provinceOn('TP Hồ Chí Minh', '2025-07-01')?.id).toBe('ho-chi-minh-2025');
    expect(provinceOn('Bắc Cạn', '2024-06-01')?.id).toBe('bac-kan');
  });

  it('finds Huế by its current and former names', () => {
    for (const spelling of [
      'Huế',
      'Thừa Thiên Huế',
      'tỉnh Thừa Thiên Huế',
      'Thừa Thiên - Huế',
      'TP Huế',
    ]) {
      expect(provinceOn(spelling, '2024-06-01')?.id, spelling).toBe('hue');
      expect(provinceOn(spelling, '2026-01-01')?.id, spelling).toBe('hue');
    }
  });

  it('finds a unit by id only while it exists', () => {
    expect(provinceOn('dak-lak-2025', '2025-07-01')?.name).toBe('Đắk Lắk');
    expect(provinceOn('dak-lak-2025', '2025-06-30')).toBeUndefined();
    expect(provinceOn('phu-yen', '2025-07-01')).toBeUndefined();
  });

  it('returns undefined for names that never were provinces and for sub-provincial ids', () => {
    expect(provinceOn('Atlantis', '2024-06-01')).toBeUndefined();
    expect(provinceOn('', '2024-06-01')).toBeUndefined();
    expect(provinceOn('Hà Tây', '2024-06-01')).toBeUndefined();
    expect(provinceOn('cu-ne-commune-dak-lak', '2024-06-01')).toBeUndefined();
  });

  it('throws INVALID_DATE for bad dates', () => {
    for (const bad of ['2024-02-30', '2025-13-01', '2024-6-1', '01/07/2025', 'yesterday', '']) {
      expect(
        thrownCode(() => provinceOn('Phú Yên', bad)),
        bad,
      ).toBe('INVALID_DATE');
    }
    expect(thrownCode(() => provinceOn('Phú Yên', new Date('garbage')))).toBe('INVALID_DATE');
    expect(thrownCode(() => provinceOn('Phú Yên', 20240601 as unknown as string))).toBe(
      'INVALID_DATE',
    );
  });

  it('throws UNKNOWN_PROVINCE when the query is not a string', () => {
    expect(thrownCode(() => provinceOn(42 as unknown as string, '2024-06-01'))).toBe(
      'UNKNOWN_PROVINCE',
    );
  });
});

describe('provinceByCodeOn', () => {
  it('needs a date because codes are reused', () => {
    expect(provinceByCodeOn('66', '2025-06-30')?.id).toBe('dak-lak');
    expect(provinceByCodeOn('66', '2025-07-01')?.id).toBe('dak-lak-2025');
    expect(provinceByCodeOn(1, '2025-07-01')?.id).toBe('ha-noi');
    expect(provinceByCodeOn('54', '2024-06-01')?.id).toBe('phu-yen');
    expect(provinceByCodeOn('54', '2025-07-01')).toBeUndefined();
    expect(provinceByCodeOn('99', '2024-06-01')).toBeUndefined();
  });

  it('throws INVALID_DATE for a bad date', () => {
    expect(thrownCode(() => provinceByCodeOn('66', '2025-02-29'))).toBe('INVALID_DATE');
  });
});

describe('provinceNameOn', () => {
  it('gives Huế its name and kind on each side of 2025-01-01', () => {
    expect(provinceNameOn('hue', '2024-12-31')).toEqual({
      name: 'Thừa Thiên Huế',
      fullName: 'Tỉnh Thừa Thiên Huế',
      kind: 'province',
    });
    expect(provinceNameOn('hue', '2025-01-01')).toEqual({
      name: 'Huế',
      fullName: 'Thành phố Huế',
      kind: 'centrally-run-city',
    });
  });

  it('gives other units their own name, and undefined outside their dates', () => {
    expect(provinceNameOn('phu-yen', '2024-06-01')?.fullName).toBe('Tỉnh Phú Yên');
    expect(provinceNameOn('phu-yen', '2025-07-01')).toBeUndefined();
    expect(provinceNameOn('da-nang-2025', '2025-07-01')?.fullName).toBe('Thành phố Đà Nẵng');
  });

  it('rejects unknown and non-provincial ids', () => {
    expect(thrownCode(() => provinceNameOn('atlantis', '2024-06-01'))).toBe('UNKNOWN_PROVINCE');
    expect(thrownCode(() => provinceNameOn('cu-ne-commune-dak-lak', '2024-06-01'))).toBe(
      'UNKNOWN_PROVINCE',
    );
  });
});
