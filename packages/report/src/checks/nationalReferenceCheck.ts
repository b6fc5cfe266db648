import { lookupSupport } from '@khuyencong/calc';
import { type Finding, type Project, REPORT_FINDING_SEVERITIES } from '@khuyencong/domain';
import { checkProjectArguments } from '../_internal/checkProjectArguments';
import type { ProjectCheckContext } from './ProjectCheck';

/**
 * For a local-fund đề án of a province whose own support levels are not in the rule sets (where
 * `checkFunding` can only say the limit is unknown), compares the support with the national limit in force on
 * its judgement date as a reference, as a department would: within it is `SUPPORT_WITHIN_NATIONAL_REFERENCE`
 * (info), above it `SUPPORT_ABOVE_NATIONAL_REFERENCE` (a warning, not an error: the province's own levels may
 * differ). Nothing when the province has its rule set, or when no national limit is encoded for the activity
 * either: no number is guessed.
 *
 * @param project - a đề án that passed `projectSchema`.
 * @param context - its judgement date and the rule sets.
 * @returns at most one finding.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for a project that
 *   `projectSchema` of `@khuyencong/validation` refuses, or a context without a judgement date, a rule-set
 *   registry or well-formed site details.
 * @category Checks
 * @example
 * ```ts
 * import { BUILT_IN_RULE_SETS, createRuleSetRegistry } from '@khuyencong/calc';
 * import { SEED_DATASET, judgementDate } from '@khuyencong/domain';
 * import { nationalReferenceCheck } from '@khuyencong/report';
 * const phuYen = SEED_DATASET.projects[1];
 * phuYen === undefined ? [] : nationalReferenceCheck(phuYen, { judgement: judgementDate(phuYen), ruleSets: createRuleSetRegistry(BUILT_IN_RULE_SETS) }).map((finding) => [finding.code, finding.details['limit']])
 * //=> [['SUPPORT_WITHIN_NATIONAL_REFERENCE', '300000000']]
 * ```
 */
export function nationalReferenceCheck(
  project: Project,
  context: ProjectCheckContext,
): readonly Finding[] {
  return uncheckedNationalReferenceCheck(
    checkProjectArguments(project, context, 'nationalReferenceCheck'),
    context,
  );
}

/** @internal {@link nationalReferenceCheck} without its argument checks: what the report builder runs (its records are checked as they are added). */
export function uncheckedNationalReferenceCheck(
  project: Project,
  context: ProjectCheckContext,
): readonly Finding[] {
  const support = project.funding[project.fund];
  if (support === undefined || project.fund !== 'local') return [];
  const date = context.judgement.date;
  const { ruleSets } = context;
  if (ruleSets.find({ fund: 'local', province: project.location.provinceId, date }) !== undefined) {
    return [];
  }
  const lookup = lookupSupport({
    registry: ruleSets,
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
  // Written out (no spread of a finding into another: this runs on most đề án of a province's file).
  return [
    {
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
      legalReference: result.legalReference,
    },
  ];
}
