import {
  BUILT_IN_RULE_SETS,
  createRollUp,
  createRuleSetRegistry,
  type RollUpGroup,
  type RuleSetRegistry,
} from '@khuyencong/calc';
import {
  type Finding,
  type FundingSource,
  type IsoDate,
  judgementDate,
  type Project,
  regionOf,
  type ToIsoDateOptions,
  toIsoDate,
} from '@khuyencong/domain';
import { readOptions } from '@khuyencong/internal';
import { checkFindingFilter } from '../_internal/checkFindingFilter';
import { checkProjectChecks } from '../_internal/checkProjectChecks';
import { checkRecord } from '../_internal/checkRecord';
import { checkRuleSetRegistry } from '../_internal/checkRuleSetRegistry';
import { fail } from '../_internal/fail';
import { invalidArgument } from '../_internal/invalidArgument';
import { isCallable } from '../_internal/isCallable';
import { reportFinding } from '../_internal/reportFinding';
import { PROJECT_CHECKS } from '../checks/PROJECT_CHECKS';
import type { ProjectCheck, ProjectCheckContext } from '../checks/ProjectCheck';
import { FindingCollector } from '../findings/FindingCollector';
import type { FindingFilter } from '../findings/FindingFilter';
import type { ImportRecord } from '../model/ImportRecord';
import type { LocatedFinding } from '../model/LocatedFinding';
import type { RecordOrigin } from '../model/RecordOrigin';
import type { InputSummary, ProvinceGroup, Report, RowCounts } from '../model/Report';
import type { SiteDetails } from '../model/SiteDetails';
import { fundingSplit } from './fundingSplit';
import { LinesTable } from './LinesTable';
import { SeenIds } from './SeenIds';
import { TotalsChecker } from './TotalsChecker';

/**
 * Options of {@link createReportBuilder}.
 *
 * @category Report
 */
export interface ReportBuilderOptions extends ToIsoDateOptions {
  /**
   * The date the report is made for (ngày lập báo cáo): a `YYYY-MM-DD` string (recommended) or a `Date`, read as
   * its calendar date in `timeZone` (Vietnam's, `'Asia/Ho_Chi_Minh'`, by default).
   */
  readonly asOf: IsoDate | string | Date;
  /** The rule sets of support levels: calc's built-in ones by default; add a province's with `createRuleSetRegistry`. */
  readonly ruleSets?: RuleSetRegistry;
  /** The checks run on every đề án ({@link PROJECT_CHECKS} by default). */
  readonly checks?: readonly ProjectCheck[];
  /**
   * Which findings that pass `filter` to keep in the result: all of them (`true`, the default), none
   * (`false`), or the first `perCode` of each code and severity (`{ perCode: 5 }`). The text renderer shows
   * the message of the first finding of each code and where the first `perCode` (5 by default) are, so
   * `{ perCode: Math.max(1, perCode) }` gives the same text as keeping all: for a text report of a large input,
   * memory then does not grow with the findings. The summary counts every finding either way.
   */
  readonly keepFindings?: boolean | { readonly perCode: number };
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
  /**
   * The findings kept (every one that passed the filter, or the first `perCode` of each code and severity),
   * in the order found; empty when `keepFindings` is `false`.
   */
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
  /** The position of the input among the inputs, in order of first appearance. */
  readonly ordinal: number;
}

/** What the roll-up reads of a đề án (one object, refilled for each: the roll-up keeps nothing of it). */
interface ProjectItem {
  totalCost: string;
  funding: Project['funding'];
  activity: string;
  fund: string;
  location: { readonly provinceId: string };
  regionId: string;
  /** The section of its input (see TotalsChecker.section). */
  section: string;
}

type GroupKey = 'region' | 'province' | 'activity' | 'fund' | 'section';

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

/** How many findings of each code and severity to keep, from the `keepFindings` option. */
function perCodeOf(keep: ReportBuilderOptions['keepFindings']): number {
  if (keep === undefined || keep === true) return Number.POSITIVE_INFINITY;
  if (keep === false) return 0;
  const perCode: unknown = typeof keep === 'object' && keep !== null ? keep.perCode : undefined;
  if (typeof perCode !== 'number' || !Number.isSafeInteger(perCode) || perCode < 0) {
    return invalidArgument(
      'INVALID_OPTION',
      'createReportBuilder',
      'keepFindings',
      keep,
      'true, false or { perCode: a whole number, 0 or more }',
    );
  }
  return perCode;
}

/**
 * The ids seen, each with where it was first seen, in one number (no object per id: a file of a million đề
 * án holds a million of them): the input's ordinal times {@link LINE_SPAN}, plus the line, or
 * `LINE_SPAN - 1` for a record without one (a JSON item). For the first input and a CSV line that is the line
 * itself, a small integer.
 */
const LINE_SPAN = 2 ** 32;
const NO_LINE = LINE_SPAN - 1;

const MAX_REGION_DATES = 10_000;

const FUNDING_ORDER: readonly FundingSource[] = ['national', 'local', 'counterpart', 'other'];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
 *   `UNKNOWN_TIME_ZONE` for a `timeZone` that names no time zone;
 *   `INVALID_OPTION` for options or a `filter` that are not plain objects (only their own properties are read).
 *   `INVALID_OPTION` for `ruleSets` that are not a registry, `checks` that are not an array of functions, an
 *   `onFinding` that is not a function; `add` and `addAll` throw `INVALID_ARGUMENT` (details `parameter`, e.g.
 *   `record.project.totalCost`) for a record that is not an {@link ImportRecord} (those of `readInput`,
 *   `readInputBatches` and `datasetRecords` are taken as read).
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
  const asOf = toIsoDate(
    bag.asOf as ReportBuilderOptions['asOf'],
    bag.timeZone === undefined ? undefined : { timeZone: bag.timeZone },
  );
  const ruleSets =
    bag.ruleSets === undefined
      ? builtInRuleSets()
      : checkRuleSetRegistry(bag.ruleSets, 'createReportBuilder', 'ruleSets', 'INVALID_OPTION');
  const checks = checkProjectChecks(bag.checks ?? PROJECT_CHECKS, 'createReportBuilder');
  if (bag.onFinding !== undefined && !isCallable(bag.onFinding)) {
    invalidArgument(
      'INVALID_OPTION',
      'createReportBuilder',
      'onFinding',
      bag.onFinding,
      'a function',
    );
  }
  const findings = new FindingCollector(
    perCodeOf(bag.keepFindings as ReportBuilderOptions['keepFindings']),
    checkFindingFilter(bag.filter, 'createReportBuilder', 'filter'),
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
      section: (item) => item.section,
    },
  });
  const item: ProjectItem = {
    totalCost: '0',
    funding: {},
    activity: '',
    fund: '',
    location: { provinceId: '' },
    regionId: '',
    section: '',
  };
  const provinceRegions = new Map<string, Set<string>>();
  // The region of a province on a date, remembered: a file repeats a few provinces and dates.
  const regions = new Map<string, Map<string, string>>();
  const seenIds = new SeenIds();

  function regionIdOf(provinceId: string, date: IsoDate): string {
    let byDate = regions.get(provinceId);
    if (byDate === undefined) {
      byDate = new Map();
      regions.set(provinceId, byDate);
    }
    let regionId = byDate.get(date);
    if (regionId === undefined) {
      regionId = regionOf(provinceId, date)?.id ?? '';
      if (byDate.size >= MAX_REGION_DATES) byDate.clear();
      byDate.set(date, regionId);
    }
    return regionId;
  }

  function inputOf(source: string): InputState {
    let state = inputs.get(source);
    if (state === undefined) {
      state = {
        summary: { source, format: 'csv' },
        rows: emptyRows(),
        totals: new TotalsChecker(inputs.size),
        ordinal: inputs.size,
      };
      inputs.set(source, state);
    }
    return state;
  }

  /** The input and line a project id was first seen on. */
  function firstSeen(seen: number): { readonly source: string; readonly line: number | null } {
    const ordinal = Math.floor(seen / LINE_SPAN);
    const line = seen % LINE_SPAN;
    let source = '';
    for (const state of inputs.values())
      if (state.ordinal === ordinal) source = state.summary.source;
    return { source, line: line === NO_LINE ? null : line };
  }

  function addProject(
    project: Project,
    origin: RecordOrigin,
    site: SiteDetails | undefined,
    input: InputState,
  ): void {
    input.rows.read += 1;
    const id = project.id;
    const seen = seenIds.firstOrAdd(id, input.ordinal * LINE_SPAN + (origin.line ?? NO_LINE));
    if (seen !== undefined) {
      input.rows.rejected += 1;
      const first = firstSeen(seen);
      findings.addAbout(
        reportFinding('DUPLICATE_PROJECT_ID', {
          id,
          firstSource: first.source,
          firstLine: first.line,
        }),
        origin,
        id,
      );
      return;
    }
    const judgement = judgementDate(project);
    const provinceId = project.location.provinceId;
    const regionId = regionIdOf(provinceId, judgement.date);
    item.totalCost = project.totalCost;
    item.funding = project.funding;
    item.activity = project.activity;
    item.fund = project.fund;
    item.location = project.location;
    item.regionId = regionId;
    item.section = input.totals.section;
    projects.add(item);
    input.rows.counted += 1;
    let provinceRegionIds = provinceRegions.get(provinceId);
    if (provinceRegionIds === undefined) {
      provinceRegionIds = new Set();
      provinceRegions.set(provinceId, provinceRegionIds);
    }
    provinceRegionIds.add(regionId);
    const context: Mutable<ProjectCheckContext> = { judgement, ruleSets };
    if (site !== undefined) context.site = site;
    // Indexed: the checks return arrays of several kinds (some shared and frozen), which for-of iterates slowly.
    for (let position = 0; position < checks.length; position++) {
      const check = checks[position] as ProjectCheck;
      const found = check(project, context);
      for (let index = 0; index < found.length; index++) {
        findings.addAbout(found[index] as Finding, origin, id);
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
        const section = projects.group('section', input.totals.section);
        for (const finding of input.totals.check(record.label, record.figures, section)) {
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

  const builder: ReportBuilder = {
    add(record) {
      add(checkRecord(record, 'add'));
    },
    async addAll(records) {
      if (!isIterable(records)) {
        invalidArgument(
          'INVALID_ARGUMENT',
          'addAll',
          'records',
          records,
          'an iterable or async iterable of records',
        );
      }
      // A plain iterable is read as it is: `for await` would await each item, and a thenable among them
      // (no record is one) might never settle.
      if (Symbol.asyncIterator in records) {
        for await (const record of records) add(checkRecord(record, 'addAll'));
      } else {
        for (const record of records) add(checkRecord(record, 'addAll'));
      }
    },
    build,
  };
  UNCHECKED_ADD.set(builder, add);
  return builder;
}

/** Whether a value can be read with `for await`: it has `Symbol.asyncIterator` or `Symbol.iterator`. */
function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown };
  return (
    typeof candidate[Symbol.asyncIterator] === 'function' ||
    typeof candidate[Symbol.iterator] === 'function'
  );
}

/** The `add` of each builder without the record checks (see {@link uncheckedAdd}). */
const UNCHECKED_ADD = new WeakMap<ReportBuilder, (record: ImportRecord) => void>();

/**
 * @internal The `add` of a builder without its record checks, for `buildReport`, whose records come from this
 * package's readers.
 */
export function uncheckedAdd(builder: ReportBuilder): (record: ImportRecord) => void {
  return UNCHECKED_ADD.get(builder) ?? builder.add;
}
