import { BUILT_IN_RULE_SETS, createRuleSetRegistry, DAK_LAK_2025 } from '@khuyencong/calc';
import { type IsoDate, judgementDate, type Project, SEED_DATASET } from '@khuyencong/domain';
import { checkEligibility } from '@khuyencong/validation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvalDateCheck } from './approvalDateCheck';
import { eligibilityCheck } from './eligibilityCheck';
import { eligibilitySite } from './eligibilitySite';
import { nationalReferenceCheck } from './nationalReferenceCheck';

const REGISTRY = createRuleSetRegistry(BUILT_IN_RULE_SETS);
const PHU_YEN = SEED_DATASET.projects[1] as Project;

function context(project: Project) {
  return { judgement: judgementDate(project), ruleSets: REGISTRY };
}

describe('nationalReferenceCheck', () => {
  it('compares a local-fund project of a province without encoded levels with the national limit in force', () => {
    // Phú Yên, machinery on 899 triệu: TT 28/2018 allows 50% (449,5 triệu), at most 300 triệu; it gets 286 triệu.
    expect(nationalReferenceCheck(PHU_YEN, context(PHU_YEN))).toMatchObject([
      {
        code: 'SUPPORT_WITHIN_NATIONAL_REFERENCE',
        severity: 'info',
        details: {
          support: '286000000',
          limit: '300000000',
          rateLimit: '449500000',
          binding: 'cap',
        },
      },
    ]);
    const above: Project = {
      ...PHU_YEN,
      funding: { local: '300000001', counterpart: '598999999' },
    };
    expect(nationalReferenceCheck(above, context(above))).toMatchObject([
      {
        code: 'SUPPORT_ABOVE_NATIONAL_REFERENCE',
        severity: 'warning',
        details: { support: '300000001', limit: '300000000', ruleSetId: 'tt-28-2018' },
        legalReference: { document: 'tt-28-2018-btc' },
      },
    ]);
  });

  it('says nothing where the province has its own rule set, for national funds, or without a national limit', () => {
    const dakLak: Project = {
      ...PHU_YEN,
      location: { provinceId: DAK_LAK_2025.province ?? '', asOf: '2025-09-01' },
    };
    expect(nationalReferenceCheck(dakLak, context(dakLak))).toEqual([]);
    const national: Project = { ...PHU_YEN, fund: 'national', funding: { national: '286000000' } };
    expect(nationalReferenceCheck(national, context(national))).toEqual([]);
    const uncapped = SEED_DATASET.projects[0] as Project; // cleaner production pilot: no national cap encoded
    expect(nationalReferenceCheck(uncapped, context(uncapped))).toEqual([]);
  });
});

describe('eligibilityCheck', () => {
  it('gives the same findings as checkEligibility on the same application, remembered or not', () => {
    // Every fact the rules read, each with the values that tell applications apart.
    const facts = {
      kind: ['household-business', 'large-enterprise', 'cooperative', undefined],
      size: ['small', 'large', undefined],
      commune: ['Phường Hải Châu', 'Xã Hòa Vang', 'Thị trấn Củng Sơn', undefined],
      district: ['Thị xã Sông Cầu', 'Quận Hải Châu', 'Huyện Hòa Vang', undefined],
      date: ['2024-03-01', '2025-08-01', '2025-11-01'],
      provinceId: ['ha-noi', 'phu-yen', 'da-nang'],
      cityGrade: ['special', '1', '2', '3', undefined],
      priorityAreas: [['highland'], ['island', 'difficult-area'], undefined],
      craftVillage: ['Làng gốm Thanh Hà', undefined],
      sector: ['mining-mineral-processing', 'construction-materials', undefined],
      activity: ['machinery', 'training', 'startup'],
      owners: [['women-owned'], ['ethnic-minority-owned', 'women-owned'], undefined],
    } as const;
    type Facts = { -readonly [K in keyof typeof facts]: (typeof facts)[K][number] };
    const names = Object.keys(facts) as (keyof Facts)[];
    const personal = (one: Facts) => ({
      ...(one.size === undefined ? {} : { size: one.size }),
      ...(one.owners === undefined ? {} : { owners: one.owners }),
    });
    const check = (one: Facts): void => {
      const project: Project = {
        ...PHU_YEN,
        activity: one.activity,
        approval: { date: one.date as IsoDate },
        location: {
          provinceId: one.provinceId,
          ...(one.commune === undefined ? {} : { commune: one.commune }),
          ...(one.district === undefined ? {} : { district: one.district }),
          ...(one.craftVillage === undefined ? {} : { craftVillage: one.craftVillage }),
        },
        ...(one.sector === undefined ? {} : { sector: one.sector }),
        beneficiaries:
          one.kind === undefined ? [] : [{ name: 'Cơ sở', kind: one.kind, ...personal(one) }],
      };
      const site = {
        ...(one.cityGrade === undefined ? {} : { cityGrade: one.cityGrade }),
        ...(one.priorityAreas === undefined ? {} : { priorityAreas: one.priorityAreas }),
      };
      const ctx = { ...context(project), site };
      const expected = checkEligibility(
        {
          beneficiary: one.kind === undefined ? {} : { kind: one.kind, ...personal(one) },
          activity: project.activity,
          ...(project.sector === undefined ? {} : { sector: project.sector }),
          location: eligibilitySite(project.location, ctx.judgement.date, site),
        },
        { asOf: ctx.judgement.date },
      ).findings;
      expect(eligibilityCheck(project, ctx)).toEqual(expected);
    };
    // Each application, then each one that differs from it in one fact only (so that a fact left out of
    // what the findings are remembered by would give the first one's findings to the next).
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(names.map((name) => [name, fc.constantFrom(...facts[name])])) as {
            [K in keyof Facts]: fc.Arbitrary<Facts[K]>;
          },
        ),
        (one) => {
          check(one);
          for (const name of names) {
            for (const value of facts[name]) check({ ...one, [name]: value });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports a finding shared by two beneficiaries once', () => {
    const project: Project = {
      ...PHU_YEN,
      beneficiaries: [
        { name: 'A', kind: 'household-business' },
        { name: 'B', kind: 'household-business' },
      ],
    };
    const codes = eligibilityCheck(project, context(project)).map((finding) => finding.code);
    expect(codes).toEqual([...new Set(codes)]);
    expect(codes).toContain('LOCATION_DATA_MISSING');
  });
});

describe('approvalDateCheck', () => {
  it('names the date the rules are applied on when there is no approval date', () => {
    const planYear: Project = { ...PHU_YEN, location: { provinceId: 'phu-yen' } };
    expect(approvalDateCheck(planYear, context(planYear))).toEqual([
      {
        code: 'APPROVAL_DATE_MISSING',
        severity: 'info',
        details: { date: '2024-01-01', basis: 'plan-year' },
      },
    ]);
    const approved: Project = { ...PHU_YEN, approval: { date: '2024-04-02' } };
    expect(approvalDateCheck(approved, context(approved))).toEqual([]);
  });
});
