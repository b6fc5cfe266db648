import {
  BUILT_IN_RULE_SETS,
  createRollUp,
  createRuleSetRegistry,
  type RollUpGroup,
  type RuleSetRegistry,
} from '@khuyencong/calc';
import {
  type FundingSource,
  type IsoDate,
  judgementDate,
  type Project,
  regionOf,
  toIsoDate,
} from '@khuyencong/domain';
import { readOptions } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { reportFinding } from '../_internal/reportFinding';
import { PROJECT_CHECKS } from '../checks/PROJECT_CHECKS';
import type { ProjectCheck } from '../checks/ProjectCheck';
import { FindingCollector } from '../findings/FindingCollector';
import type { FindingFilter } from '../findings/FindingFilter';
import type { ImportRecord } from '../model/ImportRecord';
import type { LocatedFinding } from '../model/LocatedFinding';
import type { RecordOrigin } from '../model/RecordOrigin';
import type { InputSummary, ProvinceGroup, Report, RowCounts } from '../model/Report';
import type { SiteDetails } from '../model/SiteDetails';
import { fundingSplit } from './fundingSplit';
import { LinesTable } from './LinesTable';
import { TotalsChecker } from './TotalsChecker';

/**
 * Options of {@link createReportBuilder}.
 *
 * @category Report
 */
export interface ReportBuilderOptions {
  /** The date the report is made for (ngày lập báo cáo): a `YYYY-MM-DD` string (recommended) or a `Date`. */
  readonly asOf: IsoDate | string | Date;
  /** The rule sets of support levels: calc's built-in ones by default; add a province's with `createRuleSetRegistry`. */
  readonly ruleSets?: RuleSetRegistry;
  /** The checks run on every đề án ({@link PROJECT_CHECKS} by default). */
  readonly checks?: readonly ProjectCheck[];
  /** Keep every finding that passes `filter` in the result (default `true`). */
  readonly keepFindings?: boolean;
  /** Which findings to keep and pass to `onFinding`; the summary counts all of them. */
  readonly filter?: FindingFilter;
  /** Called with each finding as it is found (that passes `filter`), to stream them out. */
  readonly onFinding?: (finding: LocatedFinding) => void;
}

/**
 * What a {@link ReportBuilder} builds: the report as plain data, and the findings kept.
 *
 * @category Report
 */
export interface ReportResult {
  readonly report: Report;
  /** Every finding that passed the filter, in the order found (empty when `keepFindings` is `false`). */
  readonly findings: readonly LocatedFinding[];
}

/**
 * Builds a report from the records of `readInput` (or `datasetRecords`), one at a time, in memory that does
 * not grow with the number of đề án (only with the number of groups, the ids seen and the findings kept).
 *
 * @category Report
 */
export interface ReportBuilder {
  /** Adds one record. */
  add(record: ImportRecord): void;
  /** Adds every record of an (async) iterable, in order. */
  addAll(records: Iterable<ImportRecord> | AsyncIterable<ImportRecord>): Promise<void>;
  /**
   * The report of everything added. Call it once every record is in: the plan/report lines are checked for
   * consistency here. A second call gives the same result; adding after it is an error.
   */
  build(): ReportResult;
}

interface InputState {
  readonly summary: Omit<InputSummary, 'rows'>;
  readonly rows: { read: number; counted: number; rejected: number; totals: number };
  readonly totals: TotalsChecker;
}

interface ProjectItem {
  readonly totalCost: string;
  readonly funding: Project['funding'];
  readonly activity: string;
  readonly fund: string;
  readonly location: { readonly provinceId: string };
  readonly regionId: string;
}

type GroupKey = 'region' | 'province' | 'activity' | 'fund';

let builtIn: RuleSetRegistry | undefined;

function builtInRuleSets(): RuleSetRegistry {
  builtIn ??= createRuleSetRegistry(BUILT_IN_RULE_SETS);
  return builtIn;
}

function emptyRows(): InputState['rows'] {
  return { read: 0, counted: 0, rejected: 0, totals: 0 };
}

function sumRows(rows: readonly RowCounts[]): RowCounts {
  return rows.reduce(
    (total, next) => ({
      read: total.read + next.read,
      counted: total.counted + next.counted,
      rejected: total.rejected + next.rejected,
      totals: total.totals + next.totals,
    }),
    { read: 0, counted: 0, rejected: 0, totals: 0 },
  );
}

const FUNDING_ORDER: readonly FundingSource[] = ['national', 'local', 'counterpart', 'other'];

/**
 * Creates a report builder. Each đề án is judged on its `judgementDate` (approval date, else the date of its
 * location, else 1 January of its plan year), checked with the `checks`, and added up with calc's
 * incremental roll-up by region, province, activity and fund; a second đề án with an id already read is a
 * `DUPLICATE_PROJECT_ID` finding and is not counted again; a totals row is checked against the rows of its
 * input above it (`TOTALS_ROW_MATCHES` / `TOTALS_ROW_MISMATCH`) and never counted. Rows are counted per input:
 * read = counted + rejected + totals.
 *
 * @param options - the report date, rule sets, checks and what to do with findings.
 * @returns the builder.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_DATE` for an `asOf` that is not a calendar date;
 *   `INVALID_OPTION` for options or a `filter` that are not plain objects (only their own properties are read).
 * @category Report
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { createReportBuilder, datasetRecords } from '@khuyencong/report';
 * const builder = createReportBuilder({ asOf: '2024-10-01' });
 * for (const record of datasetRecords(SEED_DATASET, 'seed')) builder.add(record);
 * const { report } = builder.build();
 * [report.projects.total.count, report.projects.total.totalCost, report.attainment[0]?.percent, report.rows]
 * //=> [3, '3059000000', '93.51', { read: 8, counted: 8, rejected: 0, totals: 0 }]
 * ```
 */
export function createReportBuilder(options: ReportBuilderOptions): ReportBuilder {
  const bag = readOptions(options, 'options', fail, 'createReportBuilder');
  const asOf = toIsoDate(bag.asOf as ReportBuilderOptions['asOf']);
  const ruleSets = bag.ruleSets ?? builtInRuleSets();
  const checks = bag.checks ?? PROJECT_CHECKS;
  const findings = new FindingCollector(
    bag.keepFindings ?? true,
    readOptions(bag.filter, 'filter', fail, 'createReportBuilder'),
    bag.onFinding,
  );
  const inputs = new Map<string, InputState>();
  const lines = new LinesTable((finding) => findings.add(finding));
  const projects = createRollUp<ProjectItem, GroupKey>({
    by: {
      region: (item) => item.regionId,
      province: 'province',
      activity: 'activity',
      fund: 'fund',
    },
  });
  const provinceRegions = new Map<string, Set<string>>();
  const seenIds = new Map<string, { readonly source: string; readonly line: number | null }>();

  function inputOf(source: string): InputState {
    let state = inputs.get(source);
    if (state === undefined) {
      state = {
        summary: { source, format: 'csv' },
        rows: emptyRows(),
        totals: new TotalsChecker(),
      };
      inputs.set(source, state);
    }
    return state;
  }

  function addProject(
    project: Project,
    origin: RecordOrigin,
    site: SiteDetails | undefined,
    input: InputState,
  ): void {
    input.rows.read += 1;
    const first = seenIds.get(project.id);
    if (first !== undefined) {
      input.rows.rejected += 1;
      findings.add({
        finding: reportFinding('DUPLICATE_PROJECT_ID', {
          id: project.id,
          firstSource: first.source,
          firstLine: first.line,
        }),
        origin,
        projectId: project.id,
      });
      return;
    }
    seenIds.set(project.id, { source: origin.source, line: origin.line ?? null });
    const judgement = judgementDate(project);
    const provinceId = project.location.provinceId;
    const regionId = regionOf(provinceId, judgement.date)?.id ?? '';
    projects.add({
      totalCost: project.totalCost,
      funding: project.funding,
      activity: project.activity,
      fund: project.fund,
      location: project.location,
      regionId,
    });
    input.rows.counted += 1;
    input.totals.addProject(project);
    let regions = provinceRegions.get(provinceId);
    if (regions === undefined) {
      regions = new Set();
      provinceRegions.set(provinceId, regions);
    }
    regions.add(regionId);
    const context = { judgement, ruleSets, ...(site === undefined ? {} : { site }) };
    for (const check of checks) {
      for (const finding of check(project, context)) {
        findings.add({ finding, origin, projectId: project.id });
      }
    }
  }

  let built: ReportResult | undefined;

  function add(record: ImportRecord): void {
    if (built !== undefined) {
      fail(
        'INVALID_ARGUMENT',
        'A record was added after build(): create a new builder for a new report.',
        { parameter: 'record', value: 'object', expected: 'no record after build()' },
      );
    }
    switch (record.kind) {
      case 'input': {
        const state = inputOf(record.source);
        inputs.set(record.source, {
          ...state,
          summary: {
            source: record.source,
            format: record.format,
            ...(record.table === undefined ? {} : { table: record.table }),
            ...(record.title === undefined ? {} : { title: record.title }),
            ...(record.url === undefined ? {} : { url: record.url }),
          },
        });
        return;
      }
      case 'project':
        addProject(record.project, record.origin, record.site, inputOf(record.origin.source));
        return;
      case 'lines': {
        const input = inputOf(record.origin.source);
        input.rows.read += 1;
        input.rows.counted += 1;
        if (record.plan !== undefined) lines.addPlan(record.plan, record.origin);
        if (record.report !== undefined) lines.addReport(record.report, record.origin);
        const fundLine =
          record.plan?.plannedBySource !== undefined ||
          record.report?.achievedBySource !== undefined;
        if (!fundLine) input.totals.addLine(record.plan?.planned, record.report?.achieved);
        return;
      }
      case 'rejected': {
        const input = inputOf(record.origin.source);
        input.rows.read += 1;
        input.rows.rejected += 1;
        for (const finding of record.findings) findings.add(finding);
        return;
      }
      case 'totals': {
        const input = inputOf(record.origin.source);
        input.rows.read += 1;
        input.rows.totals += 1;
        for (const finding of input.totals.check(record.label, record.figures)) {
          findings.add({ finding, origin: record.origin });
        }
        return;
      }
      case 'finding':
        findings.add(record.finding);
        return;
    }
  }

  function build(): ReportResult {
    if (built !== undefined) return built;
    const linesResult = lines.build();
    for (const finding of linesResult.findings) findings.add(finding);
    const totals = projects.result();
    const summaries: InputSummary[] = [...inputs.values()].map((state) => ({
      ...state.summary,
      rows: { ...state.rows },
    }));
    const byProvince: ProvinceGroup[] = totals.by.province.map((group: RollUpGroup) => ({
      ...group,
      regionIds: [...(provinceRegions.get(group.key) ?? [])],
    }));
    const funding = fundingSplit(
      FUNDING_ORDER.filter((source) => totals.total.funding[source] !== '0').map((source) => ({
        source,
        amount: totals.total.funding[source],
      })),
    );
    const report: Report = {
      asOf,
      inputs: summaries,
      rows: sumRows(summaries.map((summary) => summary.rows)),
      attainment: linesResult.attainment,
      reportedSplits: linesResult.reportedSplits,
      consulting: linesResult.consulting,
      projects: {
        total: totals.total,
        byRegion: totals.by.region,
        byProvince,
        byActivity: totals.by.activity,
        byFund: totals.by.fund,
        funding,
      },
      findings: findings.summary(),
    };
    built = { report, findings: findings.kept };
    return built;
  }

  return {
    add,
    async addAll(records) {
      for await (const record of records) add(record);
    },
    build,
  };
}
