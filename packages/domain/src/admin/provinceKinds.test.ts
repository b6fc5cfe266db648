import { describe, expect, it } from 'vitest';
import { adminUnitById } from './adminUnitById';
import { currentProvinces } from './currentProvinces';
import { provinceByCodeOn } from './provinceByCodeOn';
import { provinceNameOn } from './provinceNameOn';
import { provinceOn } from './provinceOn';
import { provincesOn } from './provincesOn';
import { successorsOf } from './successorsOf';

const cityNames = (day: string) =>
  provincesOn(day)
    .filter((unit) => unit.kind === 'centrally-run-city')
    .map((unit) => unit.name)
    .sort((a, b) => a.localeCompare(b, 'vi'));

describe('province kinds as a dated history', () => {
  it('has Huế a tỉnh on 2024-12-31 and a centrally-run city on 2025-01-01, in every lookup', () => {
    const before = provincesOn('2024-12-31').find((unit) => unit.id === 'hue');
    expect([before?.kind, before?.name, before?.fullName]).toEqual([
      'province',
      'Thừa Thiên Huế',
      'Tỉnh Thừa Thiên Huế',
    ]);
    const after = provincesOn('2025-01-01').find((unit) => unit.id === 'hue');
    expect([after?.kind, after?.fullName]).toEqual(['centrally-run-city', 'Thành phố Huế']);
    expect(provinceOn('Huế', '2024-12-31')?.kind).toBe('province');
    expect(provinceByCodeOn('46', '2024-12-31')?.kind).toBe('province');
    expect(provinceByCodeOn('46', '2025-01-01')?.kind).toBe('centrally-run-city');
    expect(cityNames('2024-12-31')).toEqual([
      'Cần Thơ',
      'Đà Nẵng',
      'Hà Nội',
      'Hải Phòng',
      'Hồ Chí Minh',
    ]);
  });

  it('has Đồng Nai a tỉnh up to 2026-04-29 and a centrally-run city from 2026-04-30 (NQ 30/2026/QH16)', () => {
    for (const [day, kind, fullName] of [
      ['2025-07-01', 'province', 'Tỉnh Đồng Nai'],
      ['2026-04-29', 'province', 'Tỉnh Đồng Nai'],
      ['2026-04-30', 'centrally-run-city', 'Thành phố Đồng Nai'],
      ['2026-12-01', 'centrally-run-city', 'Thành phố Đồng Nai'],
    ] as const) {
      const unit = provinceOn('Đồng Nai', day);
      expect([unit?.id, unit?.kind, unit?.fullName], day).toEqual([
        'dong-nai-2025',
        kind,
        fullName,
      ]);
      expect(provinceNameOn('dong-nai-2025', day)?.kind, day).toBe(kind);
      expect(provinceByCodeOn('75', day)?.kind, day).toBe(kind);
    }
    expect(cityNames('2026-04-29')).toHaveLength(6);
    expect(cityNames('2026-04-30')).toEqual([
      'Cần Thơ',
      'Đà Nẵng',
      'Đồng Nai',
      'Hà Nội',
      'Hải Phòng',
      'Hồ Chí Minh',
      'Huế',
    ]);
    expect(provincesOn('2026-04-30').filter((unit) => unit.kind === 'province')).toHaveLength(27);
  });

  it('follows the date through successors and "what is it now"', () => {
    expect(successorsOf('binh-phuoc', '2026-01-01').map((unit) => unit.kind)).toEqual(['province']);
    expect(successorsOf('binh-phuoc', '2026-05-01').map((unit) => unit.kind)).toEqual([
      'centrally-run-city',
    ]);
    expect(currentProvinces('Bình Phước', '2026-01-01').map((unit) => unit.fullName)).toEqual([
      'Tỉnh Đồng Nai',
    ]);
  });

  it('keeps the record as it is today, and gives one object per unit and name', () => {
    expect(adminUnitById('dong-nai-2025')?.kind).toBe('centrally-run-city');
    expect(provinceOn('Đồng Nai', '2025-08-01')).toBe(provinceOn('dong-nai-2025', '2026-01-01'));
    expect(provinceOn('Đồng Nai', '2026-05-01')).toBe(adminUnitById('dong-nai-2025'));
    expect(Object.isFrozen(provinceOn('Đồng Nai', '2025-08-01'))).toBe(true);
  });
});

describe('province kinds in the region lists', () => {
  it('gives Huế its kind of the date in the TT 26/2014 region list', async () => {
    const { provincesInRegionOn } = await import('./provincesInRegionOn');
    const hue = (day: string) =>
      provincesInRegionOn('central-highlands', day)?.find((unit) => unit.id === 'hue');
    expect([hue('2024-06-01')?.kind, hue('2024-06-01')?.name]).toEqual([
      'province',
      'Thừa Thiên Huế',
    ]);
    expect(hue('2025-03-01')?.kind).toBe('centrally-run-city');
  });
});
