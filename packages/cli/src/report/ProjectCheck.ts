import type { Finding, Project } from '@khuyencong/domain';

/**
 * A check run on every project of a report (support caps, eligibility, funding); it returns the project's
 * findings.
 *
 * @category Report
 */
export type ProjectCheck = (project: Project) => readonly Finding[];
