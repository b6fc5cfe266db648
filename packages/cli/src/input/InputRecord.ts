import type { AnnualPlan, PeriodReport, Project } from '@khuyencong/domain';
import type { SiteDetails } from './SiteDetails';

/**
 * Where a record came from: the file (or the bundled dataset's name) and its 1-based line for CSV, or
 * its path for JSON (`projects[2]`).
 *
 * @category Input
 */
export interface RecordOrigin {
  readonly file: string;
  readonly line?: number;
  readonly path?: string;
}

/**
 * One record of the input with its origin: a project, (part of) an annual plan or (part of) a period
 * report. Parts of the same plan or report (one line per funding source) are merged by the report. A project
 * row may also give {@link SiteDetails} that its `Location` has no field for.
 *
 * @category Input
 */
export type InputRecord =
  | {
      readonly kind: 'project';
      readonly project: Project;
      readonly origin: RecordOrigin;
      readonly site?: SiteDetails;
    }
  | { readonly kind: 'plan'; readonly plan: AnnualPlan; readonly origin: RecordOrigin }
  | { readonly kind: 'report'; readonly report: PeriodReport; readonly origin: RecordOrigin };
