import type { RuleSetRegistry } from '@khuyencong/calc';
import type { Finding, IsoDate, Project } from '@khuyencong/domain';
import { type CheckFundingOptions, checkFunding } from '@khuyencong/validation';
import { checkProjectArguments } from '../_internal/checkProjectArguments';
import type { ProjectCheckContext } from './ProjectCheck';

/**
 * The funding rules of `@khuyencong/validation` (`checkFunding`) on a đề án: the support within the rate and
 * cap of the rule set in force on its judgement date (selected from the context's rule sets, with the user's
 * provincial ones), the parts adding up, one state source, the no-double-funding declaration, the settlement
 * deadline. Every project reaches the checks parsed by `projectSchema`, so the schema is not parsed again.
 *
 * @param project - a đề án that passed `projectSchema`.
 * @param context - its judgement date and the rule sets.
 * @returns its funding findings.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for a project that
 *   `projectSchema` of `@khuyencong/validation` refuses, or a context without a judgement date, a rule-set
 *   registry or well-formed site details.
 * @category Checks
 * @example
 * ```ts
 * import { BUILT_IN_RULE_SETS, createRuleSetRegistry } from '@khuyencong/calc';
 * import { SEED_DATASET, judgementDate } from '@khuyencong/domain';
 * import { fundingCheck } from '@khuyencong/report';
 * const ruleSets = createRuleSetRegistry(BUILT_IN_RULE_SETS);
 * // Đà Nẵng, a cleaner production pilot on the local fund: no provincial levels are encoded for Đà Nẵng.
 * const vietSec = SEED_DATASET.projects[0];
 * vietSec === undefined ? [] : fundingCheck(vietSec, { judgement: judgementDate(vietSec), ruleSets }).map((finding) => finding.code)
 * //=> ['SUPPORT_LIMIT_UNKNOWN', 'COUNTERPART_IMPLIED', 'DOUBLE_FUNDING_DECLARATION_MISSING']
 * ```
 */
export function fundingCheck(project: Project, context: ProjectCheckContext): readonly Finding[] {
  return uncheckedFundingCheck(checkProjectArguments(project, context, 'fundingCheck'), context);
}

/** @internal {@link fundingCheck} without its argument checks: what the report builder runs (its records are checked as they are added). */
export function uncheckedFundingCheck(
  project: Project,
  context: ProjectCheckContext,
): readonly Finding[] {
  return checkFunding(project, optionsOf(context.ruleSets, context.judgement.date)).findings;
}

/** The most dates remembered per rule sets before starting again. */
const MAX_DATES = 10_000;

/**
 * The options of checkFunding for the rule sets and a date: one frozen object each, remembered (checkFunding
 * reads a frozen options object once, not on every row; a file repeats a few dates).
 */
const OPTIONS = new WeakMap<RuleSetRegistry, Map<IsoDate, CheckFundingOptions>>();

function optionsOf(registry: RuleSetRegistry, asOf: IsoDate): CheckFundingOptions {
  let byDate = OPTIONS.get(registry);
  if (byDate === undefined) {
    byDate = new Map();
    OPTIONS.set(registry, byDate);
  }
  let options = byDate.get(asOf);
  if (options === undefined) {
    options = Object.freeze({ asOf, prevalidated: true, registry });
    if (byDate.size >= MAX_DATES) byDate.clear();
    byDate.set(asOf, options);
  }
  return options;
}
