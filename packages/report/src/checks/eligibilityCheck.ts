import type { Beneficiary, Finding, IsoDate, Project } from '@khuyencong/domain';
import { checkEligibility, type EligibilityApplication } from '@khuyencong/validation';
import { eligibilitySite } from './eligibilitySite';
import type { ProjectCheckContext } from './ProjectCheck';

const MEMO_LIMIT = 10_000;
// The findings of an application on a date, remembered: rows of a file repeat a few beneficiary kinds,
// activities, sectors and sites. The key is made of every fact the rules read; the value is computed from the
// application itself, never parsed back from the key.
const memo = new Map<string, readonly Finding[]>();

function applicationOf(
  project: Project,
  beneficiary: Beneficiary | undefined,
  asOf: IsoDate,
  context: ProjectCheckContext,
): EligibilityApplication {
  return {
    beneficiary: {
      ...(beneficiary === undefined ? {} : { kind: beneficiary.kind }),
      ...(beneficiary?.size === undefined ? {} : { size: beneficiary.size }),
      ...(beneficiary?.owners === undefined ? {} : { owners: beneficiary.owners }),
    },
    activity: project.activity,
    ...(project.sector === undefined ? {} : { sector: project.sector }),
    location: eligibilitySite(beneficiary?.location ?? project.location, asOf, context.site),
  };
}

function keyOf(application: EligibilityApplication, asOf: IsoDate): string {
  const { beneficiary, location } = application;
  return [
    asOf,
    beneficiary.kind ?? '',
    beneficiary.size ?? '',
    (beneficiary.owners ?? []).join(','),
    application.activity,
    application.sector ?? '',
    location.provinceId,
    location.unitKind ?? '',
    location.districtKind ?? '',
    location.cityGrade ?? '',
    location.craftVillage ?? '',
    (location.priorityAreas ?? []).join(','),
  ].join('\u0001');
}

function findingsOf(application: EligibilityApplication, asOf: IsoDate): readonly Finding[] {
  const key = keyOf(application, asOf);
  const known = memo.get(key);
  if (known !== undefined) return known;
  // Built from a parsed project: the application's schema need not be parsed again.
  const findings = checkEligibility(application, { asOf, prevalidated: true }).findings;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, findings);
  return findings;
}

/**
 * The eligibility rules of `@khuyencong/validation` (`checkEligibility`) on a đề án: one application per
 * beneficiary (kind, size, owners, own site if given; one with the kind unknown when none is listed) with the
 * project's activity and sector, judged on its judgement date. The same finding for several beneficiaries is
 * reported once. What the data do not say (the beneficiary kind, the sector, the unit kind) comes back as
 * validation's `ELIGIBILITY_DATA_MISSING` or `LOCATION_DATA_MISSING` warnings, never guessed.
 *
 * @param project - a đề án that passed `projectSchema`.
 * @param context - its judgement date and site details.
 * @returns its eligibility findings.
 * @category Checks
 * @example
 * ```ts
 * import { createRuleSetRegistry } from '@khuyencong/calc';
 * import { SEED_DATASET, judgementDate } from '@khuyencong/domain';
 * import { eligibilityCheck } from '@khuyencong/report';
 * const phuYen = SEED_DATASET.projects[1];
 * phuYen === undefined ? [] : eligibilityCheck(phuYen, { judgement: judgementDate(phuYen), ruleSets: createRuleSetRegistry([]) }).map((finding) => finding.code)
 * //=> ['LOCATION_DATA_MISSING']
 * ```
 */
export function eligibilityCheck(project: Project, context: ProjectCheckContext): Finding[] {
  const asOf = context.judgement.date;
  const beneficiaries = project.beneficiaries.length === 0 ? [undefined] : project.beneficiaries;
  if (beneficiaries.length === 1) {
    return [...findingsOf(applicationOf(project, beneficiaries[0], asOf, context), asOf)];
  }
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const beneficiary of beneficiaries) {
    for (const finding of findingsOf(applicationOf(project, beneficiary, asOf, context), asOf)) {
      const key = `${finding.code}\u0000${JSON.stringify(finding.details)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
}
