import type { RuleSetRegistry } from '@khuyencong/calc';
import type { Finding, JudgementDate, Project } from '@khuyencong/domain';
import type { SiteDetails } from '../model/SiteDetails';

/**
 * What a {@link ProjectCheck} knows besides the project.
 *
 * @category Checks
 */
export interface ProjectCheckContext {
  /** The date the project is judged on and where it comes from (`judgementDate` of `@khuyencong/domain`). */
  readonly judgement: JudgementDate;
  /** The rule sets of support levels in force: the built-in ones and any the user loaded. */
  readonly ruleSets: RuleSetRegistry;
  /** Site facts the row gave beyond the project's `Location` (city grade, priority areas). */
  readonly site?: SiteDetails;
}

/**
 * A check run on every đề án of a report (support caps, eligibility, funding); it returns the project's
 * findings. It must not throw for a project that passed `projectSchema`.
 *
 * @category Checks
 */
export type ProjectCheck = (project: Project, context: ProjectCheckContext) => readonly Finding[];
