import { describe, expect, it } from 'vitest';
import { isKhuyenCongError } from '../errors/isKhuyenCongError';
import { ADMIN_UNIT_KIND_INFO } from './AdminUnitKind';
import { adminUnitById } from './adminUnitById';
import { predecessorsOf } from './predecessorsOf';
import { provinceOn } from './provinceOn';
import { SUB_PROVINCIAL_EXAMPLES } from './subProvincialExamples';
import { successorsOf } from './successorsOf';

const ids = (units: readonly { readonly id: string }[]): string[] => units.map((unit) => unit.id);

describe('sub-provincial examples', () => {
  it('splits phường 9 of Tuy Hòa between two new wards (one-to-many)', () => {
    const successors = successorsOf('ward-9-tuy-hoa-phu-yen', '2025-07-01');
    expect(successors.map((unit) => unit.fullName)).toEqual(['Phường Tuy Hòa', 'Phường Bình Kiến']);
    expect(
      successors.every((unit) => 'provinceId' in unit && unit.provinceId === 'dak-lak-2025'),
    ).toBe(true);
    expect(successorsOf('ward-9-tuy-hoa-phu-yen', '2025-06-30').map((unit) => unit.id)).toEqual([
      'ward-9-tuy-hoa-phu-yen',
    ]);
  });

  it('follows the seed locations to 2025', () => {
    expect(ids(successorsOf('cu-ne-commune-dak-lak', '2026-11-27'))).toEqual([
      'krong-buk-commune-dak-lak-2025',
    ]);
    expect(ids(successorsOf('krong-buk-district-dak-lak', '2025-07-01'))).toEqual([
      'krong-buk-commune-dak-lak-2025',
      'cu-pong-commune-dak-lak-2025',
      'pong-drang-commune-dak-lak-2025',
    ]);
    expect(
      successorsOf('cam-le-district-da-nang', '2025-07-01').map((unit) => unit.fullName),
    ).toEqual(['Phường Cẩm Lệ', 'Phường An Khê', 'Phường Hòa Xuân']);
    expect(successorsOf('song-cau-town-phu-yen', '2025-07-01')).toHaveLength(5);
    expect(ids(predecessorsOf('krong-buk-commune-dak-lak-2025'))).toEqual([
      'krong-buk-district-dak-lak',
      'cu-ne-commune-dak-lak',
      'chu-kbo-commune-dak-lak',
    ]);
  });

  it('keeps a reused name and a reused code apart by date', () => {
    const oldKrongBuk = adminUnitById('krong-buk-commune-krong-pac-dak-lak');
    const newKrongBuk = adminUnitById('krong-buk-commune-dak-lak-2025');
    expect(oldKrongBuk?.fullName).toBe(newKrongBuk?.fullName);
    expect(ids(successorsOf('krong-buk-commune-krong-pac-dak-lak', '2025-07-01'))).toEqual([
      'ea-kly-commune-dak-lak-2025',
    ]);
    expect(adminUnitById('chu-kbo-commune-dak-lak')?.code).toBe(newKrongBuk?.code);
  });

  it('ends district-tier units and townships on 2025-06-30', () => {
    for (const unit of SUB_PROVINCIAL_EXAMPLES) {
      const kind = ADMIN_UNIT_KIND_INFO[unit.kind];
      if (kind.validTo !== undefined) expect(unit.validTo, unit.id).toBe(kind.validTo);
      if (kind.tier === 'district') expect(unit.successorIds.length, unit.id).toBeGreaterThan(1);
    }
    expect(adminUnitById('pong-drang-township-dak-lak')?.kind).toBe('township');
    expect(adminUnitById('pong-drang-commune-dak-lak-2025')?.kind).toBe('commune');
  });

  it('has consistent links, provinces and dates', () => {
    expect(new Set(ids(SUB_PROVINCIAL_EXAMPLES)).size).toBe(SUB_PROVINCIAL_EXAMPLES.length);
    for (const unit of SUB_PROVINCIAL_EXAMPLES) {
      const day = unit.validTo ?? unit.validFrom;
      expect(day, unit.id).toBeDefined();
      if (day === undefined) continue;
      expect(provinceOn(unit.provinceId, day)?.id, unit.id).toBe(unit.provinceId);
      for (const successorId of unit.successorIds) {
        expect(adminUnitById(successorId)?.predecessorIds, unit.id).toContain(unit.id);
      }
      for (const predecessorId of unit.predecessorIds) {
        expect(adminUnitById(predecessorId)?.successorIds, unit.id).toContain(unit.id);
      }
      if (unit.parentId !== undefined) expect(adminUnitById(unit.parentId), unit.id).toBeDefined();
    }
  });

  it('throws UNKNOWN_PROVINCE for unknown ids', () => {
    for (const run of [
      () => successorsOf('atlantis', '2025-07-01'),
      () => predecessorsOf('atlantis'),
    ]) {
      let code: string | undefined;
      try {
        run();
      } catch (error) {
        code = isKhuyenCongError(error) ? error.code : undefined;
      }
      expect(code).toBe('UNKNOWN_PROVINCE');
    }
  });
});
