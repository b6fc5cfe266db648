import { describe, expect, it } from 'vitest';
import { defineRule } from '../rules/defineRule';
import { checkEligibility } from './checkEligibility';
import type { EligibilityApplication, EligibilitySite } from './EligibilityApplication';
import { ELIGIBILITY_RULES } from './eligibilityRules';

const base: EligibilityApplication = {
  beneficiary: { kind: 'household-business' },
  activity: 'machinery',
  sector: 'agro-forestry-aquatic-food-processing',
  location: { provinceId: 'phu-yen', unitKind: 'commune' },
  approvalDate: '2024-03-01',
};
const at = (location: Partial<EligibilitySite>, extra: Partial<EligibilityApplication> = {}) => ({
  ...base,
  ...extra,
  location: { ...base.location, ...location },
});
const codes = (application: unknown, asOf?: string) =>
  checkEligibility(application, asOf === undefined ? {} : { asOf }).findings.map(
    (finding) => finding.code,
  );

describe('checkEligibility: beneficiary (NĐ 45/2012 Điều 1.2)', () => {
  it('accepts SMEs, cooperatives, cooperative groups and household businesses', () => {
    for (const kind of [
      'small-medium-enterprise',
      'cooperative',
      'cooperative-union',
      'cooperative-group',
      'household-business',
    ] as const) {
      expect(checkEligibility({ ...base, beneficiary: { kind } }), kind).toEqual({
        ok: true,
        findings: [],
      });
    }
  });

  it('accepts a large enterprise only for cleaner production and cluster infrastructure', () => {
    const large = { ...base, beneficiary: { kind: 'large-enterprise' as const } };
    const result = checkEligibility(large);
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatchObject({
      code: 'LARGE_ENTERPRISE_NOT_ELIGIBLE',
      details: { kind: 'large-enterprise', size: null, activity: 'machinery' },
      legalReference: { document: 'nd-45-2012', article: '1', clause: '2' },
    });
    expect(checkEligibility({ ...large, activity: 'cleaner-production-pilot' }).ok).toBe(true);
    expect(checkEligibility({ ...large, activity: 'cluster-infrastructure' }).ok).toBe(true);
    expect(
      codes({ ...base, beneficiary: { kind: 'small-medium-enterprise', size: 'large' } }),
    ).toEqual(['LARGE_ENTERPRISE_NOT_ELIGIBLE']);
  });

  it('accepts artisans from 15/10/2025 only', () => {
    const artisan = at({ provinceId: 'dak-lak-2025' }, { beneficiary: { kind: 'artisan' } });
    expect(codes(artisan, '2025-10-14')).toEqual(['BENEFICIARY_KIND_NOT_ELIGIBLE']);
    expect(codes(artisan, '2025-10-15')).toEqual([]);
  });
});

describe('checkEligibility: location before 01/07/2025 (NĐ 45/2012 Điều 1.2.a)', () => {
  it('accepts huyện, thị xã, thị trấn and xã', () => {
    for (const unitKind of ['district', 'town', 'township', 'commune'] as const) {
      expect(codes(at({ unitKind }), '2025-06-30'), unitKind).toEqual([]);
    }
  });

  it('accepts phường of grade-2 and grade-3 cities and of thị xã, not of grade-1 or special cities', () => {
    expect(codes(at({ unitKind: 'ward', cityGrade: '2' }))).toEqual([]);
    expect(codes(at({ unitKind: 'ward', cityGrade: '3' }))).toEqual([]);
    expect(codes(at({ unitKind: 'ward', districtKind: 'town' }))).toEqual([]);
    expect(codes(at({ unitKind: 'ward', cityGrade: '1' }))).toEqual(['LOCATION_NOT_ELIGIBLE']);
    expect(codes(at({ provinceId: 'ha-noi', unitKind: 'ward', cityGrade: 'special' }))).toEqual([
      'LOCATION_NOT_ELIGIBLE',
    ]);
  });

  it('accepts a phường of a grade-1 city converted from a xã at most 5 years before', () => {
    const ward = at({ unitKind: 'ward', cityGrade: '1', convertedFromCommuneOn: '2019-03-01' });
    expect(codes(ward, '2024-03-01')).toEqual([]);
    expect(codes(ward, '2024-03-02')).toEqual(['LOCATION_NOT_ELIGIBLE']);
    expect(checkEligibility(ward, { asOf: '2024-03-02' }).findings[0]?.details).toEqual({
      unitKind: 'ward',
      cityGrade: '1',
      convertedFromCommuneOn: '2019-03-01',
    });
  });

  it('warns instead of guessing when the city grade of a phường is unknown', () => {
    const result = checkEligibility(at({ unitKind: 'ward' }));
    expect(result.ok).toBe(true);
    expect(result.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['LOCATION_DATA_MISSING', 'warning'],
    ]);
  });

  it('skips the location test for cleaner production, which has no location limit', () => {
    expect(
      codes(
        at(
          { unitKind: 'ward', cityGrade: 'special', provinceId: 'ha-noi' },
          { activity: 'cleaner-production-pilot' },
        ),
      ),
    ).toEqual([]);
  });
});

describe('checkEligibility: the 2025 reform', () => {
  const hueWard = at({ provinceId: 'hue', unitKind: 'ward', cityGrade: '2' });

  it('judges 30/06/2025 by the old rule and flags 01/07-14/10/2025 as ambiguous', () => {
    expect(codes(hueWard, '2025-06-30')).toEqual([]);
    const gap = checkEligibility(hueWard, { asOf: '2025-07-01' });
    expect([gap.ok, gap.findings.map((finding) => finding.code)]).toEqual([
      true,
      ['LOCATION_RULE_AMBIGUOUS'],
    ]);
    expect(codes(hueWard, '2025-10-14')).toEqual(['LOCATION_RULE_AMBIGUOUS']);
  });

  it('from 15/10/2025 accepts phường of a tỉnh but not of a centrally-run city (Huế since 2025)', () => {
    expect(codes(hueWard, '2025-10-15')).toEqual(['LOCATION_NOT_ELIGIBLE']);
    expect(checkEligibility(hueWard, { asOf: '2025-10-15' }).findings[0]?.legalReference).toEqual({
      document: 'nd-235-2025',
      article: '1',
      clause: '1',
    });
    expect(codes(at({ provinceId: 'dak-lak-2025', unitKind: 'ward' }), '2025-10-15')).toEqual([]);
    expect(codes(at({ provinceId: 'hue', unitKind: 'commune' }), '2025-10-15')).toEqual([]);
    expect(codes(at({ provinceId: 'hue', unitKind: 'special-zone' }), '2025-10-15')).toEqual([]);
    expect(
      codes(
        at({ provinceId: 'hue', unitKind: 'ward', craftVillage: 'Làng nghề nón lá Tây Hồ' }),
        '2025-10-15',
      ),
    ).toEqual([]);
  });

  it('a phường of Đồng Nai passes until 29/04/2026 and not from 30/04/2026, when it became a centrally-run city', () => {
    // NQ 30/2026/QH16: Đồng Nai a thành phố trực thuộc trung ương from 30/04/2026; Hồ Chí Minh one all along.
    const dongNaiWard = at({ provinceId: 'dong-nai-2025', unitKind: 'ward' });
    expect(codes(dongNaiWard, '2026-04-29')).toEqual([]);
    expect(codes(dongNaiWard, '2026-04-30')).toEqual(['LOCATION_NOT_ELIGIBLE']);
    const hcmWard = at({ provinceId: 'ho-chi-minh-2025', unitKind: 'ward' });
    expect(codes(hcmWard, '2026-04-29')).toEqual(['LOCATION_NOT_ELIGIBLE']);
    // A xã of Đồng Nai stays eligible on both sides.
    expect(codes(at({ provinceId: 'dong-nai-2025', unitKind: 'commune' }), '2026-04-30')).toEqual(
      [],
    );
  });

  it('rejects units and provinces that no longer (or do not yet) exist', () => {
    expect(codes(at({ provinceId: 'phu-yen', unitKind: 'commune' }), '2025-06-30')).toEqual([]);
    expect(codes(at({ provinceId: 'phu-yen', unitKind: 'commune' }), '2025-07-01')).toEqual([
      'PROVINCE_NOT_IN_FORCE',
      'LOCATION_RULE_AMBIGUOUS',
    ]);
    expect(codes(at({ provinceId: 'dak-lak-2025', unitKind: 'township' }), '2025-10-15')).toEqual([
      'LOCATION_UNIT_NOT_IN_FORCE',
    ]);
    expect(codes(at({ unitKind: 'special-zone' }), '2025-06-30')).toEqual([
      'LOCATION_UNIT_NOT_IN_FORCE',
    ]);
    expect(codes(at({ unitKind: 'urban-district' }), '2025-06-30')).toEqual([
      'LOCATION_DATA_MISSING',
    ]);
    expect(codes(at({ provinceId: 'atlantis' }), '2024-01-01')).toEqual(['PROVINCE_NOT_IN_FORCE']);
  });
});

describe('checkEligibility: sectors (NĐ 45/2012 Điều 5, TT 46/2012 Điều 5)', () => {
  it('allows mining only in difficult areas', () => {
    const mining = at({}, { sector: 'mining-mineral-processing' });
    expect(codes(mining)).toEqual(['MINING_OUTSIDE_DIFFICULT_AREA']);
    expect(
      codes(
        at(
          { priorityAreas: ['especially-difficult-area'] },
          { sector: 'mining-mineral-processing' },
        ),
      ),
    ).toEqual(['PRIORITY_AREA']);
  });

  it('excludes clay bricks from Hoffmann and improved manual kilns', () => {
    const bricks = { ...base, sector: 'construction-materials' as const };
    expect(codes({ ...bricks, brickKiln: 'hoffmann' })).toEqual(['CLAY_BRICK_KILN_EXCLUDED']);
    expect(codes({ ...bricks, brickKiln: 'improved-manual' })).toEqual([
      'CLAY_BRICK_KILN_EXCLUDED',
    ]);
    expect(codes({ ...bricks, brickKiln: 'tunnel' })).toEqual([]);
  });

  it('adds the NĐ 235/2025 sectors on 15/10/2025', () => {
    const highTech = at({ provinceId: 'dak-lak-2025' }, { sector: 'high-tech-industry' });
    expect(codes(highTech, '2025-10-14')).toEqual([
      'LOCATION_RULE_AMBIGUOUS',
      'SECTOR_NOT_ELIGIBLE',
    ]);
    expect(codes({ ...base, sector: 'high-tech-industry' }, '2025-06-30')).toEqual([
      'SECTOR_NOT_ELIGIBLE',
    ]);
    expect(codes(highTech, '2025-10-15')).toEqual([]);
  });
});

describe('checkEligibility: priorities (info)', () => {
  it('reports priority areas, and women-owned establishments from 15/10/2025', () => {
    const women = at(
      { provinceId: 'dak-lak-2025', priorityAreas: ['ethnic-minority-area'] },
      { beneficiary: { kind: 'household-business', owners: ['women-owned'] } },
    );
    const before = checkEligibility(women, { asOf: '2025-10-14' });
    expect(before.findings.map((finding) => finding.code)).toEqual([
      'LOCATION_RULE_AMBIGUOUS',
      'PRIORITY_AREA',
    ]);
    const after = checkEligibility(women, { asOf: '2025-10-15' });
    expect(
      after.findings.map((finding) => [finding.code, finding.severity, finding.details]),
    ).toEqual([
      ['PRIORITY_AREA', 'info', { area: 'ethnic-minority-area' }],
      ['PRIORITY_OWNER', 'info', { owner: 'women-owned' }],
    ]);
    expect(after.ok).toBe(true);
  });

  it('reports a still-valid typical-product certificate', () => {
    const certified = {
      ...base,
      certificates: [
        {
          kind: 'rural-industrial-typical-product',
          level: 'regional',
          productName: 'Nón lá',
          holder: 'HTX',
          issuedOn: '2022-05-01',
        },
      ],
    };
    expect(codes(certified, '2024-12-31')).toEqual(['PRIORITY_TYPICAL_PRODUCT']);
    expect(codes(certified, '2025-01-01')).toEqual([]);
  });
});

describe('checkEligibility: data and options', () => {
  it('returns INVALID_FIELD findings for malformed data instead of throwing', () => {
    const result = checkEligibility({ ...base, sector: 'trading', extra: 1 });
    expect(result.ok).toBe(false);
    expect(result.findings.map((finding) => [finding.code, finding.path])).toEqual([
      ['INVALID_FIELD', ['sector']],
      ['INVALID_FIELD', []],
    ]);
  });

  it('needs an asOf when there is no approval date', () => {
    const { approvalDate: _, ...undated } = base;
    expect(() => checkEligibility(undated)).toThrow(/asOf/);
    expect(checkEligibility(undated, { asOf: new Date(2024, 2, 1) }).ok).toBe(true);
  });

  it('runs a province rule added to the built-in ones', () => {
    const noTownships = defineRule<EligibilityApplication>({
      code: 'PROVINCE_EXCLUDES_TOWNSHIP',
      id: 'phu-yen/no-township',
      severity: 'error',
      legalReference: { document: 'nq-hdnd-phu-yen-example' },
      check: (application) => (application.location.unitKind === 'township' ? {} : undefined),
    });
    const result = checkEligibility(at({ unitKind: 'township' }), {
      rules: [...ELIGIBILITY_RULES, noTownships],
    });
    expect(result.findings.map((finding) => finding.rule)).toEqual(['phu-yen/no-township']);
  });
});

describe('checkEligibility: data not given', () => {
  const { sector: _sector, ...noSector } = base;
  const unknownSite = (provinceId: string, extra: Partial<EligibilityApplication> = {}) => ({
    ...base,
    ...extra,
    location: { provinceId },
  });

  it('warns when the beneficiary kind or the sector is not given, and runs what it can', () => {
    const result = checkEligibility({ ...noSector, beneficiary: {} });
    expect(result.ok).toBe(true);
    expect(result.findings.map((finding) => [finding.code, finding.details, finding.path])).toEqual(
      [
        ['ELIGIBILITY_DATA_MISSING', { field: 'beneficiary.kind' }, ['beneficiary', 'kind']],
        ['ELIGIBILITY_DATA_MISSING', { field: 'sector' }, ['sector']],
      ],
    );
    expect(
      codes({ ...noSector, beneficiary: { size: 'large' } }).filter(
        (code) => code !== 'ELIGIBILITY_DATA_MISSING',
      ),
    ).toEqual(['LARGE_ENTERPRISE_NOT_ELIGIBLE']);
  });

  it('reports LOCATION_DATA_MISSING for a site of unknown unit kind where the answer depends on it', () => {
    const before = checkEligibility(unknownSite('phu-yen'));
    expect(before.findings).toMatchObject([
      {
        code: 'LOCATION_DATA_MISSING',
        severity: 'warning',
        details: { field: 'unitKind', unitKind: null },
        path: ['location', 'unitKind'],
      },
    ]);
    // From 15/10/2025 every xã, phường and đặc khu of a tỉnh qualifies: nothing to report.
    expect(codes(unknownSite('dak-lak-2025'), '2025-10-15')).toEqual([]);
    // In a centrally-run city a phường does not, a xã does: the data cannot decide.
    expect(codes(unknownSite('hue'), '2025-10-15')).toEqual(['LOCATION_DATA_MISSING']);
    expect(
      codes(
        {
          ...unknownSite('hue'),
          location: { provinceId: 'hue', craftVillage: 'Làng nghề nón lá Tây Hồ' },
        },
        '2025-10-15',
      ),
    ).toEqual([]);
    // No location test for cleaner production or an unknown beneficiary.
    expect(codes(unknownSite('phu-yen', { activity: 'cleaner-production-pilot' }))).toEqual([]);
    expect(codes(unknownSite('hue', { beneficiary: {} }), '2025-10-15')).toEqual([
      'ELIGIBILITY_DATA_MISSING',
    ]);
  });

  it('gives the same findings with prevalidated: true for typed applications', () => {
    for (const application of [base, noSector, unknownSite('hue'), at({ unitKind: 'ward' })]) {
      for (const asOf of ['2024-03-01', '2025-10-15']) {
        expect(checkEligibility(application, { asOf, prevalidated: true })).toEqual(
          checkEligibility(application, { asOf }),
        );
      }
    }
    expect(checkEligibility({ ...base, activity: 'nope' }).ok).toBe(false);
    expect(() => checkEligibility(base, { prevalidated: 1 as unknown as boolean })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});
