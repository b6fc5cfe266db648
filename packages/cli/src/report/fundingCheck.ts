import type { Finding, Project } from '@khuyencong/domain';
import { checkFunding } from '@khuyencong/validation';
import { CACHED_REGISTRY } from './CACHED_REGISTRY';

/**
 * The funding rules of `@khuyencong/validation` (`checkFunding`) on a project, judged on its approval
 * date (or the date its location is given for, or the start of its year). Projects reach the checks already
 * parsed (the JSON reader checks them with `projectSchema`; the CSV reader builds them from checked cells),
 * so the schema is not parsed again (`prevalidated`); the rule set is selected from calc's built-in ones,
 * remembered by fund, province and date.
 */
export function fundingCheck(project: Project): readonly Finding[] {
  const asOf = project.approval?.date ?? project.location.asOf ?? `${project.year}-01-01`;
  return checkFunding(project, { asOf, prevalidated: true, registry: CACHED_REGISTRY }).findings;
}
