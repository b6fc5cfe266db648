import { type Project, SEED_DATASET } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { eligibilityCheck } from './eligibilityCheck';

const [vietSec, phuYen, dakLak] = SEED_DATASET.projects as [Project, Project, Project];
const context = { asOf: '2026-01-01' } as const;
const codes = (project: Project, site?: Parameters<typeof eligibilityCheck>[1]['site']) =>
  eligibilityCheck(project, { ...context, ...(site === undefined ? {} : { site }) }).map(
    (finding) => [finding.code, finding.details['field'] ?? finding.details['unitKind']],
  );

describe('eligibilityCheck', () => {
  it('reports what the seed data do not say, once per project', () => {
    expect(codes(vietSec)).toEqual([['ELIGIBILITY_DATA_MISSING', 'sector']]);
    // Three household businesses, one finding: the province is all the site data there is.
    expect(codes(phuYen)).toEqual([['LOCATION_DATA_MISSING', 'unitKind']]);
    expect(codes(dakLak)).toEqual([['ELIGIBILITY_DATA_MISSING', 'sector']]);
  });

  it('reads the unit kind from the names before the reform, and the row details', () => {
    const at = (location: Partial<Project['location']>): Project => ({
      ...phuYen,
      location: { provinceId: 'phu-yen', asOf: '2024-01-01', ...location },
    });
    expect(codes(at({ commune: 'Xã An Ninh Đông' }))).toEqual([]);
    expect(codes(at({ district: 'Thị xã Sông Cầu', commune: 'Phường Xuân Phú' }))).toEqual([]);
    expect(codes(at({ district: 'Thành phố Tuy Hòa' }))).toEqual([
      ['LOCATION_DATA_MISSING', 'unitKind'],
    ]);
    expect(codes(at({ communeKind: 'ward' }))).toEqual([['LOCATION_DATA_MISSING', 'cityGrade']]);
    expect(codes(at({ communeKind: 'ward' }), { cityGrade: '1' })).toEqual([
      ['LOCATION_NOT_ELIGIBLE', 'ward'],
    ]);
    expect(
      codes(at({ communeKind: 'ward' }), { cityGrade: '2', priorityAreas: ['island'] }),
    ).toEqual([['PRIORITY_AREA', undefined]]);
  });

  it('judges on the report date when the project has no date of its own', () => {
    const { asOf: _, ...undated } = phuYen.location;
    const project: Project = {
      ...phuYen,
      location: { ...undated, provinceId: 'hue', communeKind: 'ward' },
    };
    expect(codes(project)).toEqual([['LOCATION_NOT_ELIGIBLE', 'ward']]);
  });
});
