import { describe, expect, it } from 'vitest';
import { isKhuyenCongError } from '../errors/isKhuyenCongError';
import {
  ADMIN_UNIT_KIND_INFO,
  ADMIN_UNIT_KINDS,
  adminUnitKindsOn,
  isAdminUnitKind,
} from './AdminUnitKind';
import { normalizeAdminName } from './normalizeAdminName';

describe('administrative unit kinds', () => {
  it('gives each kind its Vietnamese name and tier', () => {
    expect(ADMIN_UNIT_KINDS.map((kind) => ADMIN_UNIT_KIND_INFO[kind].nameVi)).toEqual([
      'tỉnh',
      'thành phố trực thuộc trung ương',
      'huyện',
      'thị xã',
      'thành phố thuộc tỉnh',
      'quận',
      'xã',
      'phường',
      'thị trấn',
      'đặc khu',
    ]);
    for (const kind of ADMIN_UNIT_KINDS) expect(ADMIN_UNIT_KIND_INFO[kind].code).toBe(kind);
  });

  it('ends the district tier and thị trấn on 2025-06-30 and starts đặc khu on 2025-07-01', () => {
    expect(adminUnitKindsOn('2025-06-30')).toEqual([
      'province',
      'centrally-run-city',
      'district',
      'town',
      'district-level-city',
      'urban-district',
      'commune',
      'ward',
      'township',
    ]);
    expect(adminUnitKindsOn('2025-07-01')).toEqual([
      'province',
      'centrally-run-city',
      'commune',
      'ward',
      'special-zone',
    ]);
  });

  it('recognises kind codes', () => {
    expect(ADMIN_UNIT_KINDS.every(isAdminUnitKind)).toBe(true);
    expect([
      isAdminUnitKind('huyện'),
      isAdminUnitKind(undefined),
      isAdminUnitKind('District'),
    ]).toEqual([false, false, false]);
  });

  it('throws INVALID_DATE for a bad date', () => {
    let code: string | undefined;
    try {
      adminUnitKindsOn('2025-06-31');
    } catch (error) {
      code = isKhuyenCongError(error) ? error.code : undefined;
    }
    expect(code).toBe('INVALID_DATE');
  });
});

describe('normalizeAdminName', () => {
  it('folds diacritics, đ, case and punctuation', () => {
    expect(normalizeAdminName('Bà Rịa – Vũng Tàu')).toBe('ba ria vung tau');
    expect(normalizeAdminName('ĐẮK NÔNG')).toBe('dak nong');
    expect(normalizeAdminName('Thừa Thiên-Huế')).toBe('thua thien hue');
  });

  it('folds both Unicode forms alike', () => {
    const composed = 'Khánh Hòa'.normalize('NFC');
    const decomposed = 'Khánh Hòa'.normalize('NFD');
    expect(normalizeAdminName(decomposed)).toBe(normalizeAdminName(composed));
    expect(normalizeAdminName('Khánh Hoà')).toBe('khanh hoa');
  });

  it('strips the provincial kind word only when asked', () => {
    expect(normalizeAdminName('Thành phố Cần Thơ')).toBe('thanh pho can tho');
    expect(normalizeAdminName('Thành phố Cần Thơ', { stripKind: true })).toBe('can tho');
    expect(normalizeAdminName('T.P. Cần Thơ', { stripKind: true })).toBe('can tho');
    expect(normalizeAdminName('Thanh Hóa', { stripKind: true })).toBe('thanh hoa');
  });
});
