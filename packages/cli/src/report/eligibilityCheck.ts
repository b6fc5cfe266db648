import type { Beneficiary, Finding, IsoDate, Project } from '@khuyencong/domain';
import { checkEligibility, type EligibilityApplication } from '@khuyencong/validation';
import { memoize } from '../_internal/memoize';
import { eligibilitySite } from './eligibilitySite';
import type { ProjectCheckContext } from './ProjectCheck';

// The findings of an application on a date, remembered: rows of a file repeat a few kinds, activities,
// sectors and sites, and the key holds every fact the rules read (no names, no amounts).
const eligibilityFindings = memoize((key: string): readonly Finding[] => {
  const [asOf, application] = JSON.parse(key) as [IsoDate, EligibilityApplication];
  // Built from a parsed project: the schema need not be parsed again.
  return checkEligibility(application, { asOf, prevalidated: true }).findings;
});

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

/**
 * The eligibility rules of `@khuyencong/validation` (`checkEligibility`) on a project: one application per
 * beneficiary (kind, size, owners, own site if given; one with the kind unknown when none is listed) with the
 * project's activity and sector, judged on the approval date (or the date its location is given for, else
 * the report's date). The same finding for several beneficiaries is reported once. What the data do not say
 * (the beneficiary kind, the sector, the unit kind) comes back as validation's `ELIGIBILITY_DATA_MISSING` or
 * `LOCATION_DATA_MISSING` warnings, never guessed.
 */
export function eligibilityCheck(project: Project, context: ProjectCheckContext): Finding[] {
  const asOf = project.approval?.date ?? project.location.asOf ?? context.asOf;
  const beneficiaries = project.beneficiaries.length === 0 ? [undefined] : project.beneficiaries;
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const beneficiary of beneficiaries) {
    const application = applicationOf(project, beneficiary, asOf, context);
    for (const finding of eligibilityFindings(JSON.stringify([asOf, application]))) {
      const key = `${finding.code}\u0000${JSON.stringify(finding.details)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
}
