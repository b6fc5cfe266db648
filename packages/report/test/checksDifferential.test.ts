// The project checks as the report runs them (memoised, findings shared, written for speed) against the same
// checks written plainly on the public functions of calc and validation, finding for finding, on every đề án of
// the 2,000-row sheet and of many varied ones: the checks must never change a finding.
import { readFileSync } from 'node:fs';
import { BUILT_IN_RULE_SETS, createRuleSetRegistry, lookupSupport } from '@khuyencong/calc';
import {
  type Beneficiary,
  type Finding,
  type IsoDate,
  judgementDate,
  type Location,
  type Project,
  REPORT_FINDING_SEVERITIES,
} from '@khuyencong/domain';
import * as validation from '@khuyencong/validation';
import { checkEligibility, type EligibilitySite } from '@khuyencong/validation';
import { describe, expect, it } from 'vitest';
import { createReportBuilder, eligibilitySite, type ImportRecord, readInput } from '../src/index';
import type { SiteDetails } from '../src/model/SiteDetails';
import { variedProjects } from './variedProjects';

const REGISTRY = createRuleSetRegistry(BUILT_IN_RULE_SETS);

/** The site, as first written (spreads, names read every time). */
function plainSite(
  location: Location,
  asOf: IsoDate,
  details: SiteDetails | undefined,
): EligibilitySite {
  const kindOf = <K>(name: string | undefined, prefixes: readonly (readonly [RegExp, K])[]) =>
    name === undefined
      ? undefined
      : prefixes.find(([prefix]) => prefix.test(name.normalize('NFC').trim()))?.[1];
  const beforeReform = asOf < '2025-07-01';
  const districtKind = beforeReform
    ? kindOf(location.district, [
        [/^huyện\s/iu, 'district'],
        [/^thị xã\s/iu, 'town'],
        [/^(thành phố|tp\.?)\s/iu, 'district-level-city'],
        [/^quận\s/iu, 'urban-district'],
      ] as const)
    : undefined;
  const unitKind =
    location.communeKind ??
    kindOf(location.commune, [
      [/^xã\s/iu, 'commune'],
      [/^phường\s/iu, 'ward'],
      [/^thị trấn\s/iu, 'township'],
      [/^đặc khu\s/iu, 'special-zone'],
    ] as const) ??
    districtKind;
  const communeTier = unitKind !== undefined && unitKind !== districtKind;
  return {
    provinceId: location.provinceId,
    ...(unitKind === undefined ? {} : { unitKind }),
    ...(communeTier && districtKind !== undefined ? { districtKind } : {}),
    ...(details?.cityGrade === undefined ? {} : { cityGrade: details.cityGrade }),
    ...(location.craftVillage === undefined ? {} : { craftVillage: location.craftVillage }),
    ...(details?.priorityAreas === undefined ? {} : { priorityAreas: details.priorityAreas }),
  };
}

/** Every check of PROJECT_CHECKS, in its order, written plainly (the funding rules parse the project again). */
function plainFindings(project: Project, site: SiteDetails | undefined): Finding[] {
  const { date, basis } = judgementDate(project);
  const findings: Finding[] = [
    ...checkFunding(project, date),
    ...nationalReference(project, date),
    ...eligibility(project, date, site),
  ];
  if (project.approval === undefined) {
    findings.push({ code: 'APPROVAL_DATE_MISSING', severity: 'info', details: { date, basis } });
  }
  return findings;
}

function checkFunding(project: Project, date: IsoDate): Finding[] {
  return [...validation.checkFunding(project, { asOf: date, registry: REGISTRY }).findings];
}

function nationalReference(project: Project, date: IsoDate): Finding[] {
  const support = project.funding[project.fund];
  if (support === undefined || project.fund !== 'local') return [];
  const province = project.location.provinceId;
  if (REGISTRY.find({ fund: 'local', province, date }) !== undefined) return [];
  const lookup = lookupSupport({
    registry: REGISTRY,
    fund: 'national',
    date,
    activity: project.activity,
    eligibleCost: project.eligibleCost ?? project.totalCost,
  });
  if (!lookup.found) return [];
  const result = lookup.support;
  const code =
    BigInt(support) > BigInt(result.limit)
      ? 'SUPPORT_ABOVE_NATIONAL_REFERENCE'
      : 'SUPPORT_WITHIN_NATIONAL_REFERENCE';
  return [
    {
      ...{
        code,
        severity: REPORT_FINDING_SEVERITIES[code],
        details: {
          support,
          limit: result.limit,
          rateLimit: result.rateLimit,
          capLimit: result.capLimit,
          maxRatePercent: result.maxRatePercent,
          binding: result.binding,
          ruleSetId: result.ruleSetId,
        },
      },
      legalReference: result.legalReference,
    },
  ];
}

function eligibility(project: Project, date: IsoDate, site: SiteDetails | undefined): Finding[] {
  const people: (Beneficiary | undefined)[] =
    project.beneficiaries.length === 0 ? [undefined] : [...project.beneficiaries];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const beneficiary of people) {
    const application = {
      beneficiary: {
        ...(beneficiary === undefined ? {} : { kind: beneficiary.kind }),
        ...(beneficiary?.size === undefined ? {} : { size: beneficiary.size }),
        ...(beneficiary?.owners === undefined ? {} : { owners: beneficiary.owners }),
      },
      activity: project.activity,
      ...(project.sector === undefined ? {} : { sector: project.sector }),
      location: plainSite(beneficiary?.location ?? project.location, date, site),
    };
    for (const finding of checkEligibility(application, { asOf: date }).findings) {
      const key = `${finding.code}\u0000${JSON.stringify(finding.details)}`;
      if (people.length > 1 && seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
}

/** The builder's findings of each project record, by its position, against the plain checks'. */
function compare(records: readonly ImportRecord[]): number {
  const builder = createReportBuilder({ asOf: '2025-10-01' });
  for (const record of records) builder.add(record);
  const { findings } = builder.build();
  let compared = 0;
  const seen = new Set<string>();
  for (const record of records) {
    if (record.kind !== 'project' || seen.has(record.project.id)) continue;
    seen.add(record.project.id);
    const got = findings
      .filter((item) => item.origin === record.origin)
      .map((item) => item.finding);
    expect(got).toEqual(plainFindings(record.project, record.site));
    const site = record.site;
    for (const location of [
      record.project.location,
      ...record.project.beneficiaries.flatMap((one) =>
        one.location === undefined ? [] : [one.location],
      ),
    ]) {
      const date = judgementDate(record.project).date;
      expect(eligibilitySite(location, date, site)).toEqual(plainSite(location, date, site));
    }
    compared += 1;
  }
  return compared;
}

describe('the project checks, against the same checks written plainly', () => {
  it('give the same findings for every đề án of the 2,000-row sheet', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('./fixtures/de-an-2000-loi.csv', import.meta.url)),
    );
    const records: ImportRecord[] = [];
    for await (const record of readInput({ source: 'de-an-2000-loi.csv', content: bytes })) {
      records.push(record);
    }
    expect(compare(records)).toBeGreaterThan(1_000);
  });

  it('give the same findings for many varied đề án (funds, dates, provinces, beneficiaries, sites)', () => {
    const records = variedProjects(3_000, 11).map(
      ({ project, site }, index): ImportRecord => ({
        kind: 'project',
        project,
        origin: { source: 'varied', line: index + 2 },
        ...(site === undefined ? {} : { site }),
      }),
    );
    expect(compare(records)).toBeGreaterThan(2_000);
  });
});
