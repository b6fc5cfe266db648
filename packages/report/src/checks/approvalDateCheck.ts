import type { Finding, Project } from '@khuyencong/domain';
import { checkProjectArguments } from '../_internal/checkProjectArguments';
import { reportFinding } from '../_internal/reportFinding';
import { FactTree } from './FactTree';
import type { ProjectCheckContext } from './ProjectCheck';

/**
 * Says when a đề án has no approval date, and on which date its rules are therefore applied
 * (`APPROVAL_DATE_MISSING`, info): which circular's caps and which eligibility rules apply depends on it.
 *
 * @param project - a đề án.
 * @param context - its judgement date.
 * @returns one `APPROVAL_DATE_MISSING` finding, or none when the project has its approval date.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for a project that
 *   `projectSchema` of `@khuyencong/validation` refuses, or a context without a judgement date, a rule-set
 *   registry or well-formed site details.
 * @category Checks
 * @example
 * ```ts
 * import { createRuleSetRegistry } from '@khuyencong/calc';
 * import { SEED_DATASET, judgementDate } from '@khuyencong/domain';
 * import { approvalDateCheck } from '@khuyencong/report';
 * const vietSec = SEED_DATASET.projects[0];
 * vietSec === undefined ? [] : approvalDateCheck(vietSec, { judgement: judgementDate(vietSec), ruleSets: createRuleSetRegistry([]) })
 * //=> [{ code: 'APPROVAL_DATE_MISSING', severity: 'info', details: { date: '2024-01-01', basis: 'location' } }]
 * ```
 */
export function approvalDateCheck(
  project: Project,
  context: ProjectCheckContext,
): readonly Finding[] {
  return uncheckedApprovalDateCheck(
    checkProjectArguments(project, context, 'approvalDateCheck'),
    context,
  );
}

/** @internal {@link approvalDateCheck} without its argument checks: what the report builder runs (its records are checked as they are added). */
export function uncheckedApprovalDateCheck(
  project: Project,
  context: ProjectCheckContext,
): readonly Finding[] {
  if (project.approval !== undefined) return NONE;
  const { date, basis } = context.judgement;
  const node = FINDINGS.root.at(date).at(basis);
  return (
    node.value ??
    FINDINGS.remember(
      node,
      Object.freeze([
        Object.freeze(reportFinding('APPROVAL_DATE_MISSING', Object.freeze({ date, basis }))),
      ]),
    )
  );
}

const NONE: readonly Finding[] = Object.freeze([]);
// The finding depends on the date and its basis only: one frozen finding per date, shared by the đề án of a
// file (most rows of a sheet without approval dates are judged on 1 January of the plan year).
const FINDINGS = new FactTree<readonly Finding[]>();
