import type { AnnualPlan, PeriodReport, Project, ReportedAmount } from '@khuyencong/domain';
import type { LocatedFinding } from './LocatedFinding';
import type { RecordOrigin } from './RecordOrigin';
import type { SiteDetails } from './SiteDetails';

/**
 * The kind of an input: a CSV table, a JSON dataset, or a dataset given as data (the bundled seed).
 *
 * @category Model
 */
export type InputFormat = 'csv' | 'json' | 'dataset';

/**
 * The kind of table a CSV input holds: `projects` (one đề án per row) or `lines` (plan and report lines: one
 * scope, year, period and, optionally, funding source per row).
 *
 * @category Model
 */
export type TableKind = 'projects' | 'lines';

/**
 * The amounts of a totals row ("Tổng cộng", "Cộng") by the field of their column (`totalCost`, `national`,
 * `local`, `counterpart`, `other`, `support`, `eligibleCost`, `planned`, `achieved`).
 *
 * @category Model
 */
export type TotalsFigures = Readonly<Record<string, ReportedAmount>>;

/**
 * A field a `Project` requires that a CSV row may not give: `id` (no "Mã đề án" column or an empty cell),
 * `title` (no "Tên đề án"), `implementingUnit` (no "Đơn vị thực hiện", and no `implementingUnit` given to
 * `readInput`).
 *
 * @category Model
 */
export type UnstatedField = 'id' | 'title' | 'implementingUnit';

/**
 * What reading an input yields, one record at a time, in input order. Every data row of a CSV input gives
 * exactly one `project`, `lines`, `rejected` or `totals` record (so the rows read are the rows counted, rejected
 * or recognised as totals); a JSON or dataset input gives one record per plan, report and project.
 *
 * - `input`: an input starts (its name, format and, for CSV, its table kind once the header is read).
 * - `project`: a đề án that passed `projectSchema`, with the site details its row gave.
 * - `lines`: the plan part and/or the report part of one plan/report line (a row may give both).
 * - `rejected`: a row (or JSON item) that is not counted, with every problem found in it. Findings about the
 *   whole input are `finding` records; the rows of an unreadable input then come as `rejected` with no
 *   findings of their own.
 * - `totals`: a totals row, never counted as a đề án; the builder checks it against the rows above it.
 * - `finding`: a finding that rejects no row by itself (an unknown column, a file that cannot be read at all).
 *
 * @category Model
 */
export type ImportRecord =
  | {
      readonly kind: 'input';
      readonly source: string;
      readonly format: InputFormat;
      readonly table?: TableKind;
      /** The dataset's own title and address, when it gives them (the seed article). */
      readonly title?: string;
      readonly url?: string;
    }
  | {
      readonly kind: 'project';
      readonly project: Project;
      readonly origin: RecordOrigin;
      readonly site?: SiteDetails;
      /**
       * The required fields the row does not give. The project holds a stand-in for each, so that it can be
       * counted, and says so here: `id` is `<source>:<line>` (unique across inputs, so never a duplicate),
       * `title` the beneficiary's name or else the id, `implementingUnit` `—`. Show them as "not given".
       */
      readonly unstated?: readonly UnstatedField[];
    }
  | {
      readonly kind: 'lines';
      readonly plan?: AnnualPlan;
      readonly report?: PeriodReport;
      readonly origin: RecordOrigin;
    }
  | {
      readonly kind: 'rejected';
      readonly origin: RecordOrigin;
      readonly findings: readonly LocatedFinding[];
      /** The project id the row gives, if it gives one. */
      readonly projectId?: string;
    }
  | {
      readonly kind: 'totals';
      readonly origin: RecordOrigin;
      /** The label as written ("Tổng cộng"). */
      readonly label: string;
      readonly figures: TotalsFigures;
    }
  | { readonly kind: 'finding'; readonly finding: LocatedFinding };
