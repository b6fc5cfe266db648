import type { Finding, Project } from '@khuyencong/domain';
import { checkFunding } from '@khuyencong/validation';

/**
 * The funding rules of `@khuyencong/validation` (`checkFunding`) on a project, judged on its approval
 * date (or the date its location is given for, or the start of its year).
 */
export function fundingCheck(project: Project): readonly Finding[] {
  const asOf = project.approval?.date ?? project.location.asOf ?? `${project.year}-01-01`;
  return checkFunding(project, { asOf }).findings;
}
