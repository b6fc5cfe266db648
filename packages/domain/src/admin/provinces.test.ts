import { describe, expect, it } from 'vitest';
import { predecessorsOf } from './predecessorsOf';
import { PROVINCE_MERGERS_2025, UNCHANGED_PROVINCE_IDS_2025 } from './provinceMergers2025';
import { PROVINCE_REFORM_2025 } from './provinceReform2025';
import { PROVINCE_UNITS } from './provinces';
import { provincesOn } from './provincesOn';
import { successorsOf } from './successorsOf';

/** The 2025 mergers written out by name, independently of the data (reference.md §7, NSO table). */
const NEW_TO_OLD_NAMES: Readonly<Record<string, readonly string[]>> = {
  'Tuyên Quang': ['Hà Giang', 'Tuyên Quang'],
  'Lào Cai': ['Lào Cai', 'Yên Bái'],
  'Thái Nguyên': ['Bắc Kạn', 'Thái Nguyên'],
  'Phú Thọ': ['Hòa Bình', 'Phú Thọ', 'Vĩnh Phúc'],
  'Bắc Ninh': ['Bắc Giang', 'Bắc Ninh'],
  'Hưng Yên': ['Hưng Yên', 'Thái Bình'],
  'Hải Phòng': ['Hải Dương', 'Hải Phòng'],
  'Ninh Bình': ['Hà Nam', 'Nam Định', 'Ninh Bình'],
  'Quảng Trị': ['Quảng Bình', 'Quảng Trị'],
  'Đà Nẵng': ['Đà Nẵng', 'Quảng Nam'],
  'Quảng Ngãi': ['Kon Tum', 'Quảng Ngãi'],
  'Gia Lai': ['Bình Định', 'Gia Lai'],
  'Khánh Hòa': ['Khánh Hòa', 'Ninh Thuận'],
  'Lâm Đồng': ['Bình Thuận', 'Đắk Nông', 'Lâm Đồng'],
  'Đắk Lắk': ['Đắk Lắk', 'Phú Yên'],
  'Hồ Chí Minh': ['Bà Rịa - Vũng Tàu', 'Bình Dương', 'Hồ Chí Minh'],
  'Đồng Nai': ['Bình Phước', 'Đồng Nai'],
  'Tây Ninh': ['Long An', 'Tây Ninh'],
  'Cần Thơ': ['Cần Thơ', 'Hậu Giang', 'Sóc Trăng'],
  'Vĩnh Long': ['Bến Tre', 'Trà Vinh', 'Vĩnh Long'],
  'Đồng Tháp': ['Đồng Tháp', 'Tiền Giang'],
  'Cà Mau': ['Bạc Liêu', 'Cà Mau'],
  'An Giang': ['An Giang', 'Kiên Giang'],
};

const UNCHANGED_NAMES = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
];

const BEFORE = '2025-06-30';
const AFTER = '2025-07-01';
const sortVi = (names: readonly string[]): string[] =>
  [...names].sort((a, b) => a.localeCompare(b, 'vi'));

describe('provincial units and the 2025 reform', () => {
  it('has 63 units up to 2025-06-30 and 34 from 2025-07-01', () => {
    expect(provincesOn(BEFORE)).toHaveLength(63);
    expect(provincesOn(AFTER)).toHaveLength(34);
    expect(provincesOn('2024-06-01')).toHaveLength(63);
    expect(provincesOn('2026-11-27')).toHaveLength(34);
    expect(PROVINCE_UNITS).toHaveLength(63 + 23);
  });

  it('has 23 mergers absorbing 52 old units and 11 unchanged units', () => {
    expect(PROVINCE_MERGERS_2025).toHaveLength(PROVINCE_REFORM_2025.mergedCount);
    expect(UNCHANGED_PROVINCE_IDS_2025).toHaveLength(PROVINCE_REFORM_2025.unchangedCount);
    const components = PROVINCE_MERGERS_2025.flatMap((merger) => merger.componentIds);
    expect(components).toHaveLength(52);
    expect(new Set(components).size).toBe(52);
    const endedOn30June = PROVINCE_UNITS.filter((unit) => unit.validTo === BEFORE);
    expect(endedOn30June).toHaveLength(52);
    expect(PROVINCE_UNITS.filter((unit) => unit.validFrom === AFTER)).toHaveLength(23);
  });

  it('keeps the 11 unchanged units as one record each, on both sides of the reform', () => {
    const unchanged = PROVINCE_UNITS.filter((unit) =>
      UNCHANGED_PROVINCE_IDS_2025.includes(unit.id),
    );
    expect(sortVi(unchanged.map((unit) => unit.name))).toEqual(sortVi(UNCHANGED_NAMES));
    for (const unit of unchanged) {
      expect(unit.validFrom).toBeUndefined();
      expect(unit.validTo).toBeUndefined();
      expect(provincesOn(BEFORE)).toContain(unit);
      expect(provincesOn(AFTER)).toContain(unit);
      expect(successorsOf(unit.id, AFTER)).toEqual([unit]);
      expect(predecessorsOf(unit.id)).toEqual([]);
    }
  });

  it('maps each of the 52 merged-away units to exactly the right new unit', () => {
    const expected = Object.entries(NEW_TO_OLD_NAMES).flatMap(([newName, oldNames]) =>
      oldNames.map((oldName) => [oldName, newName] as const),
    );
    expect(expected).toHaveLength(52);
    for (const [oldName, newName] of expected) {
      const old = provincesOn(BEFORE).find((unit) => unit.name === oldName);
      expect(old, oldName).toBeDefined();
      if (old === undefined) continue;
      expect(old.validTo, oldName).toBe(BEFORE);
      const successors = successorsOf(old.id, AFTER);
      expect(
        successors.map((unit) => unit.name),
        oldName,
      ).toEqual([newName]);
      expect(successors[0]?.id, oldName).toMatch(/-2025$/);
      expect(successorsOf(old.id, BEFORE), oldName).toEqual([old]);
    }
  });

  it('gives each new unit exactly its listed components as predecessors', () => {
    const after = provincesOn(AFTER).filter((unit) => unit.validFrom === AFTER);
    expect(sortVi(after.map((unit) => unit.name))).toEqual(sortVi(Object.keys(NEW_TO_OLD_NAMES)));
    for (const unit of after) {
      const names = predecessorsOf(unit.id).map((predecessor) => predecessor.name);
      expect(sortVi(names), unit.name).toEqual(sortVi(NEW_TO_OLD_NAMES[unit.name] ?? []));
      for (const predecessor of predecessorsOf(unit.id)) {
        expect(predecessor.successorIds).toEqual([unit.id]);
      }
    }
  });

  it('has unique ids and, on any one date, unique codes and names', () => {
    expect(new Set(PROVINCE_UNITS.map((unit) => unit.id)).size).toBe(PROVINCE_UNITS.length);
    for (const day of [BEFORE, AFTER]) {
      const units = provincesOn(day);
      expect(new Set(units.map((unit) => unit.code)).size).toBe(units.length);
      expect(new Set(units.map((unit) => unit.name)).size).toBe(units.length);
      for (const unit of units) expect(unit.code).toMatch(/^\d{2}$/);
    }
  });

  it('encodes confirmed codes, reused across the reform', () => {
    const byId = (id: string) => PROVINCE_UNITS.find((unit) => unit.id === id);
    expect([byId('ha-noi')?.code, byId('phu-yen')?.code, byId('dak-lak')?.code]).toEqual([
      '01',
      '54',
      '66',
    ]);
    expect(byId('dak-lak-2025')?.code).toBe('66');
    expect(byId('ho-chi-minh-2025')?.code).toBe('79');
    expect(byId('hai-phong-2025')?.code).toBe('31');
  });

  it('has 6 centrally-run cities from 2025-07-01 and 5 (plus Huế from 2025-01-01) before', () => {
    const cities = (day: string) =>
      provincesOn(day)
        .filter((unit) => unit.kind === 'centrally-run-city')
        .map((unit) => unit.name);
    expect(sortVi(cities(AFTER))).toEqual(
      sortVi(['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']),
    );
    expect(cities(BEFORE)).toHaveLength(6);
    expect(provincesOn(AFTER).filter((unit) => unit.kind === 'province')).toHaveLength(28);
  });

  it('links successors and predecessors symmetrically', () => {
    for (const unit of PROVINCE_UNITS) {
      for (const successorId of unit.successorIds) {
        const successor = PROVINCE_UNITS.find((candidate) => candidate.id === successorId);
        expect(successor?.predecessorIds, unit.id).toContain(unit.id);
      }
    }
  });

  it('freezes the data', () => {
    const unit = PROVINCE_UNITS[0];
    expect(Object.isFrozen(PROVINCE_UNITS)).toBe(true);
    expect(unit !== undefined && Object.isFrozen(unit) && Object.isFrozen(unit.successorIds)).toBe(
      true,
    );
  });
});
