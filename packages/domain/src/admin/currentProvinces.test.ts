import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../dates/toIsoDate';
import { isKhuyenCongError } from '../errors/isKhuyenCongError';
import { currentProvinces } from './currentProvinces';

function thrownCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isKhuyenCongError(error) ? error.code : 'not a KhuyenCongError';
  }
  return undefined;
}

describe('currentProvinces', () => {
  it('answers "what is Phú Yên now"', () => {
    expect(currentProvinces('Phú Yên', '2024-06-01').map((unit) => unit.id)).toEqual(['phu-yen']);
    const now = currentProvinces('Phú Yên', '2026-11-27');
    expect(now.map((unit) => [unit.id, unit.name])).toEqual([['dak-lak-2025', 'Đắk Lắk']]);
  });

  it('switches on 2025-07-01', () => {
    expect(currentProvinces('Quảng Nam', '2025-06-30').map((unit) => unit.id)).toEqual([
      'quang-nam',
    ]);
    expect(currentProvinces('Quảng Nam', '2025-07-01').map((unit) => unit.id)).toEqual([
      'da-nang-2025',
    ]);
  });

  it('resolves a name shared by an old and a new unit to the unit of the date', () => {
    expect(currentProvinces('Đắk Lắk', '2024-06-01').map((unit) => unit.id)).toEqual(['dak-lak']);
    expect(currentProvinces('Đắk Lắk', '2025-07-01').map((unit) => unit.id)).toEqual([
      'dak-lak-2025',
    ]);
  });

  it('maps unchanged units to themselves, ids included', () => {
    expect(currentProvinces('Thừa Thiên Huế', '2026-01-01').map((unit) => unit.id)).toEqual([
      'hue',
    ]);
    expect(currentProvinces('ha-noi', '2026-01-01').map((unit) => unit.id)).toEqual(['ha-noi']);
    expect(currentProvinces('bac-lieu', '2026-01-01').map((unit) => unit.id)).toEqual([
      'ca-mau-2025',
    ]);
  });

  it('returns nothing for a unit that only begins after asOf', () => {
    expect(currentProvinces('dak-lak-2025', '2024-06-01')).toEqual([]);
  });

  it('defaults asOf to today', () => {
    const today = toIsoDate(new Date());
    expect(currentProvinces('Bình Dương')).toEqual(currentProvinces('Bình Dương', today));
  });

  it('throws UNKNOWN_PROVINCE for a name no provincial unit ever had', () => {
    expect(thrownCode(() => currentProvinces('Atlantis', '2024-06-01'))).toBe('UNKNOWN_PROVINCE');
  });

  it('throws INVALID_DATE for a bad date', () => {
    expect(thrownCode(() => currentProvinces('Phú Yên', '2024-02-30'))).toBe('INVALID_DATE');
    expect(thrownCode(() => currentProvinces('Phú Yên', 'soon'))).toBe('INVALID_DATE');
  });
});
