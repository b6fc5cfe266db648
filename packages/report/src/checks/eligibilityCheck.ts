import type { Beneficiary, Finding, IsoDate, Project } from '@khuyencong/domain';
import {
  checkEligibility,
  type EligibilityApplication,
  type EligibilitySite,
} from '@khuyencong/validation';
import { checkProjectArguments } from '../_internal/checkProjectArguments';
import { uncheckedEligibilitySite } from './eligibilitySite';
import { FactTree } from './FactTree';
import type { ProjectCheckContext } from './ProjectCheck';

// The findings of an application on a date, remembered: rows of a file repeat a few beneficiary kinds,
// activities, sectors and sites. They are found by every fact the rules read; the value is computed from the
// application itself, never from the facts it is found by.
const memo = new FactTree<readonly Finding[]>();

function applicationOf(
  project: Project,
  beneficiary: Beneficiary | undefined,
  location: EligibilitySite,
): EligibilityApplication {
  return {
    beneficiary: {
      ...(beneficiary === undefined ? {} : { kind: beneficiary.kind }),
      ...(beneficiary?.size === undefined ? {} : { size: beneficiary.size }),
      ...(beneficiary?.owners === undefined ? {} : { owners: beneficiary.owners }),
    },
    activity: project.activity,
    ...(project.sector === undefined ? {} : { sector: project.sector }),
    location,
  };
}

/** The findings of a beneficiary's application, remembered: the application is built only when new. */
function findingsOf(
  project: Project,
  beneficiary: Beneficiary | undefined,
  asOf: IsoDate,
  context: ProjectCheckContext,
): readonly Finding[] {
  const site = uncheckedEligibilitySite(
    beneficiary?.location ?? project.location,
    asOf,
    context.site,
  );
  // Every fact the rules read: the date, the beneficiary, the activity and sector, the site.
  const node = memo.root
    .at(asOf)
    .at(project.activity)
    .at(beneficiary?.kind)
    .at(beneficiary?.size)
    .at(beneficiary?.owners === undefined ? undefined : beneficiary.owners.join())
    .at(project.sector)
    .at(site.provinceId)
    .at(site.unitKind)
    .at(site.districtKind)
    .at(site.cityGrade)
    .at(site.craftVillage)
    .at(site.priorityAreas === undefined ? undefined : site.priorityAreas.join());
  if (node.value !== undefined) return node.value;
  // Built from a parsed project: the application's schema need not be parsed again.
  const { findings } = checkEligibility(applicationOf(project, beneficiary, site), {
    asOf,
    prevalidated: true,
  });
  return memo.remember(node, findings);
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
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for a project that
 *   `projectSchema` of `@khuyencong/validation` refuses, or a context without a judgement date, a rule-set
 *   registry or well-formed site details.
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
  const checked = checkProjectArguments(project, context, 'eligibilityCheck');
  const findings = eligibilityFindings(checked, context);
  // With one beneficiary (or none) the list is the remembered one: a copy, which the caller may change.
  return checked.beneficiaries.length <= 1 ? [...findings] : (findings as Finding[]);
}

/**
 * @internal {@link eligibilityCheck} for the report builder: without its argument checks (the builder's
 * records are checked as they are added) and without a copy (the builder only reads the findings: with one
 * beneficiary the list is the one remembered for the application itself).
 */
export function eligibilityFindings(
  project: Project,
  context: ProjectCheckContext,
): readonly Finding[] {
  const asOf = context.judgement.date;
  const beneficiaries = project.beneficiaries.length === 0 ? [undefined] : project.beneficiaries;
  if (beneficiaries.length === 1) {
    return findingsOf(project, beneficiaries[0], asOf, context);
  }
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const beneficiary of beneficiaries) {
    for (const finding of findingsOf(project, beneficiary, asOf, context)) {
      const key = `${finding.code}\u0000${JSON.stringify(finding.details)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
}
