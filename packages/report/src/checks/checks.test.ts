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
    const kinds = ['household-business', 'large-enterprise', 'cooperative', undefined] as const;
    const communes = ['Phường Hải Châu', 'Xã Hòa Vang', undefined] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom(...communes),
        fc.constantFrom('2024-03-01', '2025-08-01', '2025-11-01'),
        (kind, commune, date) => {
          const project: Project = {
            ...PHU_YEN,
            approval: { date: date as IsoDate },
            location: { provinceId: 'da-nang', ...(commune === undefined ? {} : { commune }) },
            beneficiaries: kind === undefined ? [] : [{ name: 'Cơ sở', kind }],
          };
          const ctx = context(project);
          const expected = checkEligibility(
            {
              beneficiary: kind === undefined ? {} : { kind },
              activity: project.activity,
              ...(project.sector === undefined ? {} : { sector: project.sector }),
              location: eligibilitySite(project.location, ctx.judgement.date, undefined),
            },
            { asOf: ctx.judgement.date },
          ).findings;
          expect(eligibilityCheck(project, ctx)).toEqual(expected);
          expect(eligibilityCheck(project, ctx)).toEqual(expected);
        },
      ),
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
