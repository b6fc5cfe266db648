import type { Finding, IsoDate, Project } from '@khuyencong/domain';
import type { SiteDetails } from '../input/SiteDetails';

/**
 * What a {@link ProjectCheck} knows besides the project: the report's date and the site details its row gave.
 *
 * @category Report
 */
export interface ProjectCheckContext {
  /** The report's date (`--as-of`): the date to judge on when the project has none of its own. */
  readonly asOf: IsoDate;
  /** Site facts the row gave beyond the project's `Location` (city grade, priority areas). */
  readonly site?: SiteDetails;
}

/**
 * A check run on every project of a report (support caps, eligibility, funding); it returns the project's
 * findings.
 *
 * @category Report
 */
export type ProjectCheck = (project: Project, context: ProjectCheckContext) => readonly Finding[];
