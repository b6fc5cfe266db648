import { failureOf } from '@khuyencong/hostile';
import { describe, expect, it } from 'vitest';
import { provinceByCodeOn } from '../admin/provinceByCodeOn';
import { PROVINCE_UNITS } from '../admin/provinces';
import { isKhuyenCongError } from '../errors/isKhuyenCongError';
import { LEGAL_DOCUMENTS } from '../legal/legalDocuments';
import {
  COMMUNE_DATA_SOURCE,
  communeByCodeOn,
  communeById,
  communePredecessorsOf,
  communeSuccessorsOf,
  communesByNameOn,
  communesOn,
} from './index';

const countKinds = (date: string) => {
  const counts: Record<string, number> = {};
  for (const unit of communesOn(date)) counts[unit.kind] = (counts[unit.kind] ?? 0) + 1;
  return counts;
};

const codeOf = (run: () => unknown) => failureOf(run, isKhuyenCongError);

describe('commune-level units from 2025-07-01', () => {
  it('has 3,321 units on 2025-07-01: 687 phường, 2,621 xã, 13 đặc khu', () => {
    expect(communesOn('2025-07-01')).toHaveLength(3321);
    expect(countKinds('2025-07-01')).toEqual({ ward: 687, commune: 2621, 'special-zone': 13 });
    expect(COMMUNE_DATA_SOURCE.counts).toMatchObject({
      units: 3321,
      wards: 687,
      communes: 2621,
      specialZones: 13,
    });
    expect(communesOn('2025-06-30').some((unit) => unit.validFrom === '2025-07-01')).toBe(false);
  });

  it('turns 10 xã of Đồng Nai into phường on 2026-04-30 (237/NQ-UBTVQH16)', () => {
    expect(countKinds('2026-04-29')).toEqual({ ward: 687, commune: 2621, 'special-zone': 13 });
    expect(countKinds('2026-04-30')).toEqual({ ward: 697, commune: 2611, 'special-zone': 13 });
    const changed = communesOn('2026-04-30', 'Đồng Nai').filter(
      (unit) => unit.formerNames.length > 0,
    );
    expect(changed.map((unit) => unit.name)).toEqual([
      'Lộc Ninh',
      'Tân Khai',
      'Đồng Phú',
      'Tân Phú',
      'Trị An',
      'Trảng Bom',
      'Dầu Giây',
      'Long Thành',
      'Xuân Lộc',
      'Nhơn Trạch',
    ]);
    for (const unit of changed) {
      expect(unit.formerNames).toEqual([
        {
          name: unit.name,
          fullName: `Xã ${unit.name}`,
          kind: 'commune',
          validTo: '2026-04-29',
          legalDocumentId: 'nq-237-2026-ubtvqh16',
        },
      ]);
      expect(LEGAL_DOCUMENTS[unit.formerNames[0]?.legalDocumentId ?? 'nd-45-2012'].number).toBe(
        '237/NQ-UBTVQH16',
      );
    }
    const longThanh = communesByNameOn('Long Thành', 'dong-nai-2025', '2026-04-29')[0];
    expect([longThanh?.kind, longThanh?.fullName]).toEqual(['commune', 'Xã Long Thành']);
    expect(communesByNameOn('Long Thành', 'Đồng Nai', '2026-04-30')[0]?.fullName).toBe(
      'Phường Long Thành',
    );
  });

  it('puts every unit in a province of 2025-07-01 with the same code, 34 in all', () => {
    const units = communesOn('2025-07-01');
    expect(new Set(units.map((unit) => unit.provinceId)).size).toBe(34);
    for (const unit of units) {
      expect(unit.code).toMatch(/^\d{5}$/);
      expect(
        PROVINCE_UNITS.some((province) => province.id === unit.provinceId),
        unit.id,
      ).toBe(true);
    }
    expect(new Set(units.map((unit) => unit.code)).size).toBe(3321);
    const hue = units.filter(
      (unit) => unit.provinceId === provinceByCodeOn('46', '2025-07-01')?.id,
    );
    expect(hue).toHaveLength(40);
  });

  it('settles the codes the sources disagree on', () => {
    expect(communeByCodeOn('06970', '2025-07-01')?.fullName).toBe('Xã Ba Chẽ');
    expect(communeByCodeOn('06978', '2025-07-01')).toBeUndefined();
    expect(communeByCodeOn('23938', '2025-07-01')?.fullName).toBe('Xã Ia Mơ');
    expect(communeByCodeOn('23737', '2025-07-01')).toBeUndefined();
    expect(communeByCodeOn('23737', '2025-06-30')?.fullName).toBe('Xã Ia Mơ Nông');
    expect(communeSuccessorsOf('commune-23938', '2025-07-01').map((unit) => unit.code)).toEqual([
      '23938',
    ]);
    expect(communeSuccessorsOf('commune-30901', '2025-07-01').map((unit) => unit.fullName)).toEqual(
      ['Xã Thạnh Lộc'],
    );
    expect(communeSuccessorsOf('commune-30913', '2025-07-01').map((unit) => unit.fullName)).toEqual(
      ['Xã Thạnh Hưng'],
    );
    expect(COMMUNE_DATA_SOURCE.corrections).toHaveLength(4);
  });
});

describe('communesByNameOn', () => {
  it('finds named communes in several provinces, whatever the kind word, case, accents or spacing', () => {
    const find = (name: string, province: string, date = '2025-07-01') =>
      communesByNameOn(name, province, date).map((unit) => `${unit.code} ${unit.fullName}`);
    expect(find('Ba Chẽ', 'Quảng Ninh')).toEqual(['06970 Xã Ba Chẽ']);
    expect(find('xa  BA CHE', 'quang-ninh')).toEqual(['06970 Xã Ba Chẽ']);
    expect(find('Phường Ba Đình', 'Hà Nội')).toEqual(['00004 Phường Ba Đình']);
    expect(find('Đặc khu Côn Đảo', 'TP.HCM')).toEqual(['26732 Đặc khu Côn Đảo']);
    expect(find('Phố Bảng'.normalize('NFD'), 'Tuyên Quang')).toEqual(['00745 Xã Phố Bảng']);
    expect(find('Phường An Hội Tây', 'Hồ Chí Minh')).toEqual(['26882 Phường An Hội Tây']);
    expect(find('Ia Mơ', 'Gia Lai')).toEqual(['23938 Xã Ia Mơ']);
    expect(find("Ea H'Leo", 'Đắk Lắk')).toEqual(['24184 Xã Ea H’Leo']);
    expect(find('Ba Chẽ', 'Hà Nội')).toEqual([]);
  });

  it('finds a unit of 2025-06-30 in its old province, narrowed by district', () => {
    const units = communesByNameOn('Phường 1', 'Hồ Chí Minh', '2025-06-30');
    expect(units.length).toBeGreaterThan(3);
    const inDistrict = communesByNameOn('Phường 1', 'Hồ Chí Minh', '2025-06-30', {
      district: 'quận 4',
    });
    expect(inDistrict.map((unit) => [unit.districtName, unit.provinceId])).toEqual([
      ['Quận 4', 'ho-chi-minh'],
    ]);
    expect(
      communesByNameOn('Thị trấn Ba Chẽ', 'Quảng Ninh', '2025-06-30').map((unit) => unit.id),
    ).toEqual(['commune-06970']);
  });

  it('throws coded errors for bad input', () => {
    expect(codeOf(() => communesByNameOn('Ba Chẽ', 'Atlantis', '2025-07-01'))).toBe(
      'UNKNOWN_PROVINCE',
    );
    expect(codeOf(() => communesByNameOn('Ba Chẽ', 'Phú Yên', '2025-07-01'))).toBe(
      'UNKNOWN_PROVINCE',
    );
    expect(codeOf(() => communesByNameOn(7 as never, 'Quảng Ninh', '2025-07-01'))).toBe(
      'INVALID_ARGUMENT type',
    );
    expect(codeOf(() => communesByNameOn('Ba Chẽ', 'Quảng Ninh', '2025-02-30'))).toBe(
      'INVALID_DATE',
    );
    expect(
      codeOf(() =>
        communesByNameOn('Ba Chẽ', 'Quảng Ninh', '2025-07-01', { district: 1 as never }),
      ),
    ).toBe('INVALID_OPTION');
  });
});

describe('successors and predecessors across the reform', () => {
  it('maps a split commune to each unit that took a part of it', () => {
    const split = communesOn('2025-06-30').filter((unit) => unit.successorIds.length > 1);
    expect(split.length).toBe(COMMUNE_DATA_SOURCE.counts['formerUnitsSplit']);
    expect(split.length).toBeGreaterThan(0);
    const dichVong = communeById('commune-00166');
    expect([dichVong?.fullName, dichVong?.districtName]).toEqual([
      'Phường Dịch Vọng',
      'Quận Cầu Giấy',
    ]);
    const successors = communeSuccessorsOf('commune-00166', '2025-07-01');
    expect(successors.map((unit) => unit.fullName)).toEqual(['Phường Nghĩa Đô', 'Phường Cầu Giấy']);
    for (const successor of successors) {
      expect(communePredecessorsOf(successor.id).map((unit) => unit.id)).toContain('commune-00166');
    }
  });

  it('links successors and predecessors symmetrically, from every unit of 2025-06-30', () => {
    const before = communesOn('2025-06-30');
    expect(before.length).toBe(COMMUNE_DATA_SOURCE.counts['formerUnits']);
    for (const unit of before) {
      expect(unit.successorIds.length, unit.id).toBeGreaterThan(0);
      for (const id of unit.successorIds) {
        expect(communeById(id)?.predecessorIds, id).toContain(unit.id);
      }
    }
    const withoutPredecessor = communesOn('2025-07-01').filter(
      (unit) => unit.predecessorIds.length === 0,
    );
    expect(withoutPredecessor.map((unit) => unit.fullName)).toEqual([
      'Đặc khu Bạch Long Vĩ',
      'Đặc khu Cồn Cỏ',
      'Đặc khu Hoàng Sa',
      'Đặc khu Lý Sơn',
      'Đặc khu Côn Đảo',
    ]);
  });

  it('gives the unit itself while it exists, and nothing before it began', () => {
    expect(communeSuccessorsOf('commune-06970-2025', '2026-01-01').map((unit) => unit.id)).toEqual([
      'commune-06970-2025',
    ]);
    expect(communeSuccessorsOf('commune-06970-2025', '2025-06-30')).toEqual([]);
    expect(communeSuccessorsOf('commune-26368', '2026-05-01')[0]?.kind).toBe('ward');
    expect(codeOf(() => communeSuccessorsOf('atlantis'))).toBe('UNKNOWN_PROVINCE');
    expect(codeOf(() => communePredecessorsOf('phu-yen'))).toBe('UNKNOWN_PROVINCE');
  });

  it('freezes the units and gives one object per unit and date range', () => {
    const unit = communeByCodeOn('26368', '2025-08-01');
    expect(Object.isFrozen(unit) && Object.isFrozen(unit?.formerNames)).toBe(true);
    expect(communeByCodeOn('26368', '2025-08-01')).toBe(unit);
    expect(communeByCodeOn('26368', '2026-08-01')).toBe(communeById('commune-26368-2025'));
  });
});
