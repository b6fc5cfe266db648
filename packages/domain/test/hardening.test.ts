// The classes of bad input the hostile-input suite (test/hostile.test.ts) found, pinned with real values.
import { failureOf } from '@khuyencong/hostile';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITIES,
  assertCode,
  CALC_ERROR_CODES,
  CODE_LISTS,
  ERROR_CODES,
  getLegalDocument,
  isCode,
  isEffectiveOn,
  isKhuyenCongError,
  judgementDate,
  KhuyenCongError,
  normalizeAdminName,
  OCOP_STARS,
  PROVINCE_UNITS,
  provinceByCodeOn,
  provinceNameOn,
  ROUNDING_MODES,
  SEED_DATASET,
} from '../src/index';

/** The code and reason of what `run` throws, or `'returned'`. */
function failure(run: () => unknown): string {
  return failureOf(run, isKhuyenCongError);
}

describe('predicates never throw, and answer false for hostile values', () => {
  it('isCode and isKhuyenCongError', () => {
    const error = new KhuyenCongError('INVALID_DATE', 'bad date');
    expect([
      isCode('__proto__' as never, 'x'),
      isCode('toString' as never, 'x'),
      isCode(undefined as never, 'machinery'),
      isCode('activity', new String('machinery')),
      isCode('activity', 'machinery'),
    ]).toEqual([false, false, false, false, true]);
    expect([
      isKhuyenCongError(error, null as never),
      isKhuyenCongError(error, 'INVALID_DATE' as never),
      isKhuyenCongError(error, new Set(['INVALID_DATE']) as never),
      isKhuyenCongError(error, ['INVALID_DATE']),
    ]).toEqual([false, false, false, true]);
  });

  it('isEffectiveOn: false for a bad date or bound, own bounds only', () => {
    const tt28 = { effectiveFrom: '2018-05-11' } as const;
    expect([
      isEffectiveOn(tt28, '2018-05-11'),
      isEffectiveOn(tt28, '2018-02-30'),
      isEffectiveOn(tt28, new Date(Number.NaN)),
      isEffectiveOn(null as never, '2018-05-11'),
      isEffectiveOn({ effectiveTo: {} } as never, '2018-05-11'),
      isEffectiveOn(new Map() as never, '2018-05-11'),
    ]).toEqual([true, false, false, false, false, false]);
    const prototype = Object.prototype as { effectiveTo?: string };
    prototype.effectiveTo = '2000-01-01';
    try {
      expect(isEffectiveOn(tt28, '2018-05-11')).toBe(true);
    } finally {
      delete prototype.effectiveTo;
    }
  });
});

describe('coded errors, never a TypeError or a wrong result', () => {
  it('getLegalDocument(undefined) is no document', () => {
    expect(failure(() => getLegalDocument(undefined as never))).toBe('UNKNOWN_LEGAL_DOCUMENT');
    expect(failure(() => getLegalDocument(null as never))).toBe('UNKNOWN_LEGAL_DOCUMENT');
    expect(failure(() => getLegalDocument(new String('nd-235-2025') as never))).toBe(
      'UNKNOWN_LEGAL_DOCUMENT',
    );
    expect(getLegalDocument('28/2018/TT-BTC').id).toBe('tt-28-2018-btc');
  });

  it('assertCode names an unknown list', () => {
    expect(failure(() => assertCode('__proto__' as never, 'x'))).toBe('UNKNOWN_CODE');
    expect(assertCode('fundingSource', 'national')).toBe('national');
  });

  it('normalizeAdminName refuses what is not a string, and a stripKind that is not a boolean', () => {
    expect(failure(() => normalizeAdminName(undefined as never))).toBe('INVALID_ARGUMENT type');
    expect(failure(() => normalizeAdminName(new String('Huế') as never))).toBe(
      'INVALID_ARGUMENT boxed',
    );
    expect(failure(() => normalizeAdminName('Huế', null as never))).toBe('INVALID_OPTION');
    expect(failure(() => normalizeAdminName('Huế', { stripKind: 1 as never }))).toBe(
      'INVALID_OPTION',
    );
    expect(normalizeAdminName('Tỉnh Phú Yên', { stripKind: true })).toBe('phu yen');
  });

  it('judgementDate reads own properties of an object', () => {
    expect(failure(() => judgementDate(null as never))).toBe('INVALID_ARGUMENT type');
    expect(failure(() => judgementDate({ year: 2024, approval: 'x' } as never))).toBe(
      'INVALID_ARGUMENT type',
    );
    expect(failure(() => judgementDate({ year: Object.create(null) } as never))).toBe(
      'INVALID_DATE',
    );
    const inherited = Object.create({ approval: { date: '2020-01-01' } }) as Parameters<
      typeof judgementDate
    >[0] & { year: number };
    inherited.year = 2024;
    expect(judgementDate(inherited)).toEqual({ date: '2024-01-01', basis: 'plan-year' });
  });

  it('provinceByCodeOn and provinceNameOn', () => {
    expect(failure(() => provinceByCodeOn(undefined as never, '2024-10-01'))).toBe(
      'INVALID_ARGUMENT type',
    );
    expect(failure(() => provinceByCodeOn(new String('66') as never, '2024-10-01'))).toBe(
      'INVALID_ARGUMENT boxed',
    );
    expect(provinceByCodeOn(Number.NaN, '2024-10-01')).toBeUndefined();
    expect(failure(() => provinceNameOn(undefined as never, '2024-10-01'))).toBe(
      'UNKNOWN_PROVINCE',
    );
    // A unit is looked up by its id: the registry answers, not the fields of the object given.
    const fake = { id: 'hue', formerNames: 5 } as never;
    expect(provinceNameOn(fake, '2024-12-31')?.fullName).toBe('Tỉnh Thừa Thiên Huế');
  });

  it('KhuyenCongError refuses arguments that would make an error saying "undefined"', () => {
    expect(failure(() => new KhuyenCongError(undefined as never, 'x'))).toBe('INVALID_ARGUMENT');
    expect(failure(() => new KhuyenCongError('INVALID_DATE', {} as never))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(failure(() => new KhuyenCongError('INVALID_DATE', 'x', null as never))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(failure(() => new KhuyenCongError('INVALID_DATE', 'x', { details: 'x' as never }))).toBe(
      'INVALID_ARGUMENT',
    );
    const error = new KhuyenCongError('INVALID_DATE', 'x', { details: { value: '2024-02-30' } });
    expect([error.code, error.details['value']]).toEqual(['INVALID_DATE', '2024-02-30']);
  });
});

describe('constants', () => {
  it('are frozen all the way down, so no caller changes them for the others', () => {
    expect(
      [
        ACTIVITIES,
        CALC_ERROR_CODES,
        CODE_LISTS,
        ERROR_CODES,
        OCOP_STARS,
        ROUNDING_MODES,
        SEED_DATASET,
      ].map((constant) => Object.isFrozen(constant)),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(Object.isFrozen(SEED_DATASET.projects[0])).toBe(true);
    expect(Object.isFrozen(PROVINCE_UNITS[0])).toBe(true);
    expect(() => {
      (ACTIVITIES as unknown as string[]).push('lobbying');
    }).toThrow(TypeError);
  });
});
