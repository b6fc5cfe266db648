import { describe, expect, it } from 'vitest';
import { isKhuyenCongError } from '../errors/isKhuyenCongError';
import { provincesInRegionOn } from './provincesInRegionOn';
import { provincesOn } from './provincesOn';
import { regionOf } from './regionOf';
import { REPORTING_REGIONS, type ReportingRegionId } from './regions';

describe('typical-product voting regions (TT 26/2014/TT-BCT)', () => {
  it('has North 28, Central and Central Highlands 15, South 20', () => {
    expect(provincesInRegionOn('north', '2024-06-01')).toHaveLength(28);
    expect(provincesInRegionOn('central-highlands', '2024-06-01')).toHaveLength(15);
    expect(provincesInRegionOn('south', '2024-06-01')).toHaveLength(20);
  });

  it('puts each of the 63 pre-reform units in exactly one region', () => {
    const members = REPORTING_REGIONS.flatMap((region) => region.memberships[0]?.provinceIds ?? []);
    expect(members).toHaveLength(63);
    expect([...members].sort()).toEqual(
      provincesOn('2024-06-01')
        .map((unit) => unit.id)
        .sort(),
    );
  });

  it('lists the Central and Central Highlands members by name', () => {
    expect(
      provincesInRegionOn('central-highlands', '2024-06-01')?.map((unit) => unit.name),
    ).toEqual([
      'Quảng Bình',
      'Quảng Trị',
      'Thừa Thiên Huế',
      'Đà Nẵng',
      'Quảng Nam',
      'Quảng Ngãi',
      'Bình Định',
      'Phú Yên',
      'Khánh Hòa',
      'Ninh Thuận',
      'Đắk Lắk',
      'Đắk Nông',
      'Gia Lai',
      'Kon Tum',
      'Lâm Đồng',
    ]);
    expect(REPORTING_REGIONS.find((region) => region.id === 'central-highlands')?.shortName).toBe(
      'miền Trung - Tây Nguyên',
    );
  });

  it('answers regionOf where confirmed and undefined elsewhere', () => {
    expect(regionOf('phu-yen', '2024-06-01')?.id).toBe('central-highlands');
    expect(regionOf('dak-lak', '2025-06-30')?.id).toBe('central-highlands');
    expect(regionOf('thanh-hoa', '2024-06-01')?.id).toBe('north');
    expect(regionOf('binh-thuan', '2024-06-01')?.id).toBe('south');
    expect(regionOf('hue', '2014-10-21')?.id).toBe('central-highlands');
    expect(regionOf('hue', '2014-10-20')).toBeUndefined();
    // From 2025-07-01 no list is confirmed, even for unchanged units.
    expect(regionOf('hue', '2025-07-01')).toBeUndefined();
    expect(regionOf('dak-lak-2025', '2025-07-01')).toBeUndefined();
    // A unit that no longer exists has no region.
    expect(regionOf('phu-yen', '2025-07-01')).toBeUndefined();
    expect(provincesInRegionOn('north', '2025-07-01')).toBeUndefined();
  });

  it('throws typed errors for unknown ids and bad dates', () => {
    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return isKhuyenCongError(error) ? error.code : undefined;
      }
      return undefined;
    };
    expect(codeOf(() => regionOf('atlantis', '2024-06-01'))).toBe('UNKNOWN_PROVINCE');
    expect(codeOf(() => regionOf('phu-yen', '2024-02-30'))).toBe('INVALID_DATE');
    expect(codeOf(() => provincesInRegionOn('west' as ReportingRegionId, '2024-06-01'))).toBe(
      'UNKNOWN_CODE',
    );
  });
});
