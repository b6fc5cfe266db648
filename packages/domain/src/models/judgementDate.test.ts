import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_DATASET } from '../seed/centralHighlandsArticle2024';
import { judgementDate } from './judgementDate';

describe('judgementDate', () => {
  it('judges the seed projects on the date their location is given for', () => {
    expect(SEED_DATASET.projects.map(judgementDate)).toEqual(
      SEED_DATASET.projects.map(() => ({ date: '2024-01-01', basis: 'location' })),
    );
  });

  it('prefers the approval date, then the location date, then 1 January of the plan year', () => {
    const location = { provinceId: 'dak-lak', asOf: '2023-06-01' } as const;
    expect(
      judgementDate({
        year: 2023,
        location,
        approval: { date: '2023-09-30', decisionNumber: '1' },
      }),
    ).toEqual({ date: '2023-09-30', basis: 'approval' });
    expect(judgementDate({ year: 2023, location })).toEqual({
      date: '2023-06-01',
      basis: 'location',
    });
    expect(judgementDate({ year: 2023, location: { provinceId: 'dak-lak' } })).toEqual({
      date: '2023-01-01',
      basis: 'plan-year',
    });
  });

  it('refuses what is not a date with INVALID_DATE, never a made-up date', () => {
    for (const project of [
      { year: 2023, location: { provinceId: 'x' }, approval: { date: '2023-02-30' } },
      { year: 2023, location: { provinceId: 'x', asOf: '01/06/2023' } },
      { year: 23, location: { provinceId: 'x' } },
      { year: Number.NaN, location: { provinceId: 'x' } },
    ]) {
      expect(() => judgementDate(project as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE' }),
      );
    }
  });

  it('is never later than the approval date and always a calendar date of the plan year without one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (year) => {
        const { date } = judgementDate({ year, location: { provinceId: 'x' } });
        expect(date).toBe(`${year}-01-01`);
      }),
    );
  });
});
