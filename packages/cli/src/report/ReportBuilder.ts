import { attainment, checkReport } from '@khuyencong/calc';
import type {
  AnnualPlan,
  Finding,
  FundingSource,
  IsoDate,
  PeriodReport,
  Project,
  ReportedAmount,
} from '@khuyencong/domain';
import type { InputRecord, RecordOrigin } from '../input/InputRecord';
import type { SiteDetails } from '../input/SiteDetails';
import { describeFinding } from './describeFinding';
import { FundingTally, splitOf } from './FundingTally';
import { mergeFigures } from './mergeFigures';
import type { ProjectCheck } from './ProjectCheck';
import { comparePeriods, periodKey, scopeKey } from './periodKey';
import type {
  Amount,
  AttainmentRow,
  ConsultingRow,
  LocatedFinding,
  ProjectGroup,
  ReportData,
  ScopeRef,
} from './ReportData';
import { scopeRef } from './scopeRef';

/**
 * Options of {@link ReportBuilder}.
 *
 * @category Report
 */
export interface ReportBuilderOptions {
  /** The report's date (ngày lập báo cáo). */
  readonly asOf: IsoDate;
  /** The title printed on top. */
  readonly title?: string;
  /** Checks run on every project. */
  readonly projectChecks?: readonly ProjectCheck[];
  /** How many project findings to keep in full (the rest are only counted); default 500. */
  readonly findingLimit?: number;
}

interface Located<T> {
  value: T;
  readonly origin: RecordOrigin;
}

const UNKNOWN_REGION = 'unknown';

function amountOf(figure: ReportedAmount | undefined): Amount | undefined {
  if (figure === undefined) return undefined;
  return figure.qualifier === undefined
    ? { amount: figure.amount }
    : { amount: figure.amount, qualifier: figure.qualifier };
}

function percentOf(achieved?: ReportedAmount, planned?: ReportedAmount): string | undefined {
  if (achieved === undefined || planned === undefined || BigInt(planned.amount) <= 0n)
    return undefined;
  return attainment(achieved.amount, planned.amount, { decimals: 2 }).percent;
}

function countPercent(done?: number, planned?: number): string | undefined {
  if (done === undefined || planned === undefined || planned <= 0) return undefined;
  return attainment(`${done}`, `${planned}`, { decimals: 2 }).percent;
}

function projectDate(project: Project): IsoDate {
  return (project.approval?.date ?? project.location.asOf ?? `${project.year}-01-01`) as IsoDate;
}

/**
 * Builds a report from records streamed in one at a time, in memory that does not grow with the number
 * of projects: projects are added up by province, region, activity and funding source as they come, and
 * only the first `findingLimit` project findings are kept in full.
 *
 * @category Report
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { ReportBuilder, datasetRecords } from '@khuyencong/cli';
 * const builder = new ReportBuilder({ asOf: '2024-10-01' });
 * for (const record of datasetRecords(SEED_DATASET, 'seed')) builder.add(record);
 * const report = builder.build();
 * [report.projects.count, report.attainment[0]?.percent, report.inconsistencies.map((item) => item.finding.code).includes('REPORTED_PERCENT_INCONSISTENT')]
 * //=> [3, '93.51', true]
 * ```
 */
export class ReportBuilder {
  readonly #options: ReportBuilderOptions;
  readonly #plans = new Map<string, Located<AnnualPlan>>();
  readonly #reports = new Map<string, Located<PeriodReport>>();
  readonly #total = new FundingTally();
  readonly #byProvince = new Map<string, { scope: ScopeRef; tally: FundingTally }>();
  readonly #byRegion = new Map<string, { scope: ScopeRef; tally: FundingTally }>();
  readonly #byActivity = new Map<string, number>();
  readonly #inconsistencies: LocatedFinding[] = [];
  readonly #projectFindings: LocatedFinding[] = [];
  readonly #counts = { error: 0, warning: 0, info: 0 };
  #omitted = 0;
  readonly #sources = new Set<string>();

  constructor(options: ReportBuilderOptions) {
    this.#options = options;
  }

  /** Adds one record. */
  add(record: InputRecord): void {
    this.#sources.add(record.origin.file);
    if (record.kind === 'project') this.#addProject(record.project, record.origin, record.site);
    else if (record.kind === 'plan') {
      this.#merge(
        this.#plans,
        `${scopeKey(record.plan.scope)}|${record.plan.year}`,
        record.plan,
        record.origin,
      );
    } else {
      const key = `${scopeKey(record.report.scope)}|${periodKey(record.report.period)}`;
      this.#merge(this.#reports, key, record.report, record.origin);
    }
  }

  /** The report of everything added. */
  build(): ReportData {
    const attainmentRows: AttainmentRow[] = [];
    const consulting: ConsultingRow[] = [];
    const reportedSplits: ReportData['reportedSplits'][number][] = [];
    const inconsistencies: LocatedFinding[] = [...this.#inconsistencies];
    const reported = new Set<string>();
    const reports = [...this.#reports.values()].sort((a, b) =>
      comparePeriods(a.value.period, b.value.period),
    );
    for (const { value: report, origin } of reports) {
      const planKey = `${scopeKey(report.scope)}|${report.period.year}`;
      reported.add(planKey);
      const plan = this.#plans.get(planKey)?.value;
      const scope = scopeRef(report.scope, `${report.period.year}-01-01` as IsoDate);
      const period = {
        kind: report.period.kind,
        ...(report.period.index === undefined ? {} : { index: report.period.index }),
      };
      const findings = checkReport(report, plan);
      for (const finding of findings) inconsistencies.push(this.#locate(finding, origin));
      const implied = findings.find(
        (finding) =>
          finding.code === 'PLAN_IMPLIED' && finding.details['field'] === 'reportedAttainment',
      );
      attainmentRows.push(
        this.#row(scope, report.period.year, period, undefined, plan?.planned, report.achieved, {
          ...(report.reportedAttainment
            ? { reportedPercent: report.reportedAttainment.percent }
            : {}),
          ...(implied
            ? {
                impliedPlan: {
                  min: implied.details['planMin'] ?? '',
                  max: implied.details['planMax'] ?? '',
                },
              }
            : {}),
        }),
      );
      const sources = new Set<FundingSource>([
        ...(Object.keys(report.achievedBySource ?? {}) as FundingSource[]),
        ...(Object.keys(plan?.plannedBySource ?? {}) as FundingSource[]),
      ]);
      for (const source of sources) {
        attainmentRows.push(
          this.#row(
            scope,
            report.period.year,
            period,
            source,
            plan?.plannedBySource?.[source],
            report.achievedBySource?.[source],
            {},
          ),
        );
      }
      const parts = Object.entries(report.achievedBySource ?? {}) as [
        FundingSource,
        ReportedAmount,
      ][];
      if (parts.length > 0) {
        reportedSplits.push({
          scope,
          year: report.period.year,
          period,
          split: splitOf(
            parts.map(([source, figure]) => ({ source, ...(amountOf(figure) as Amount) })),
          ),
        });
      }
      if (report.consulting !== undefined || plan?.consulting !== undefined) {
        consulting.push(this.#consultingRow(scope, report, plan));
      }
    }
    for (const [key, { value: plan }] of this.#plans) {
      if (reported.has(key)) continue;
      const scope = scopeRef(plan.scope, `${plan.year}-01-01` as IsoDate);
      attainmentRows.push(
        this.#row(scope, plan.year, undefined, undefined, plan.planned, undefined, {}),
      );
      for (const [source, figure] of Object.entries(plan.plannedBySource ?? {}) as [
        FundingSource,
        ReportedAmount,
      ][]) {
        attainmentRows.push(this.#row(scope, plan.year, undefined, source, figure, undefined, {}));
      }
    }
    attainmentRows.sort((a, b) => a.year - b.year);
    return {
      title: this.#options.title ?? 'Báo cáo khuyến công',
      asOf: this.#options.asOf,
      sources: [...this.#sources],
      attainment: attainmentRows,
      reportedSplits,
      consulting,
      projects: {
        count: this.#total.count,
        totalCost: `${this.#total.totalCost}`,
        funding: this.#total.toSplit(),
        byRegion: groups(this.#byRegion),
        byProvince: groups(this.#byProvince),
        byActivity: [...this.#byActivity]
          .map(([activity, count]) => ({ activity, count }))
          .sort((a, b) => b.count - a.count || a.activity.localeCompare(b.activity)),
      },
      inconsistencies,
      projectFindings: this.#projectFindings,
      findingCounts: { ...this.#counts },
      findingsOmitted: this.#omitted,
    };
  }

  #merge<T>(map: Map<string, Located<T>>, key: string, value: T, origin: RecordOrigin): void {
    const existing = map.get(key);
    if (existing === undefined) {
      map.set(key, { value, origin });
      return;
    }
    const conflicts: string[] = [];
    existing.value = mergeFigures(existing.value, value, conflicts);
    for (const field of conflicts) {
      this.#inconsistencies.push(
        this.#locate(
          { code: 'CONFLICTING_FIGURES', severity: 'error', details: { field } },
          origin,
        ),
      );
    }
  }

  #row(
    scope: ScopeRef,
    year: number,
    period: AttainmentRow['period'],
    fund: FundingSource | undefined,
    planned: ReportedAmount | undefined,
    achieved: ReportedAmount | undefined,
    extra: Pick<AttainmentRow, 'reportedPercent' | 'impliedPlan'>,
  ): AttainmentRow {
    const percent = percentOf(achieved, planned);
    const plannedAmount = amountOf(planned);
    const achievedAmount = amountOf(achieved);
    return {
      scope,
      year,
      ...(period === undefined ? {} : { period }),
      ...(fund === undefined ? {} : { fund }),
      ...(plannedAmount === undefined ? {} : { planned: plannedAmount }),
      ...(achievedAmount === undefined ? {} : { achieved: achievedAmount }),
      ...(percent === undefined ? {} : { percent }),
      ...extra,
    };
  }

  #consultingRow(
    scope: ScopeRef,
    report: PeriodReport,
    plan: AnnualPlan | undefined,
  ): ConsultingRow {
    const done = report.consulting;
    const target = plan?.consulting;
    const plannedRevenue = amountOf(target?.revenue);
    const revenue = amountOf(done?.revenue);
    const percent = percentOf(done?.revenue, target?.revenue);
    const projectPercent = countPercent(done?.projects, target?.projects);
    return {
      scope,
      year: report.period.year,
      period: {
        kind: report.period.kind,
        ...(report.period.index === undefined ? {} : { index: report.period.index }),
      },
      ...(plannedRevenue === undefined ? {} : { plannedRevenue }),
      ...(revenue === undefined ? {} : { revenue }),
      ...(percent === undefined ? {} : { percent }),
      ...(done?.reportedAttainment === undefined
        ? {}
        : { reportedPercent: done.reportedAttainment.percent }),
      ...(target?.projects === undefined ? {} : { plannedProjects: target.projects }),
      ...(done?.projects === undefined ? {} : { projects: done.projects }),
      ...(projectPercent === undefined ? {} : { projectPercent }),
    };
  }

  #addProject(project: Project, origin: RecordOrigin, site: SiteDetails | undefined): void {
    const date = projectDate(project);
    const province = scopeRef({ kind: 'province', id: project.location.provinceId }, date);
    const regionId = province.regionId ?? UNKNOWN_REGION;
    const region: ScopeRef =
      province.regionId === undefined
        ? { kind: 'region', name: 'không xác định' }
        : scopeRef({ kind: 'region', id: province.regionId }, date);
    this.#total.add(project.totalCost, project.funding);
    tallyOf(this.#byProvince, province.id ?? '', province).add(project.totalCost, project.funding);
    tallyOf(this.#byRegion, regionId, region).add(project.totalCost, project.funding);
    this.#byActivity.set(project.activity, (this.#byActivity.get(project.activity) ?? 0) + 1);
    const context = { asOf: this.#options.asOf, ...(site === undefined ? {} : { site }) };
    for (const check of this.#options.projectChecks ?? []) {
      for (const finding of check(project, context)) {
        this.#addProjectFinding(finding, project, origin);
      }
    }
  }

  #addProjectFinding(finding: Finding, project: Project, origin: RecordOrigin): void {
    this.#counts[finding.severity] += 1;
    if (this.#projectFindings.length >= (this.#options.findingLimit ?? 500)) {
      this.#omitted += 1;
      return;
    }
    this.#projectFindings.push({ ...this.#locate(finding, origin), projectId: project.id });
  }

  #locate(finding: Finding, origin: RecordOrigin): LocatedFinding {
    return { finding, origin, message: describeFinding(finding) };
  }
}

function tallyOf(
  map: Map<string, { scope: ScopeRef; tally: FundingTally }>,
  key: string,
  scope: ScopeRef,
): FundingTally {
  let entry = map.get(key);
  if (entry === undefined) {
    entry = { scope, tally: new FundingTally() };
    map.set(key, entry);
  }
  return entry.tally;
}

function groups(map: Map<string, { scope: ScopeRef; tally: FundingTally }>): ProjectGroup[] {
  return [...map.values()]
    .map(({ scope, tally }) => ({
      scope,
      count: tally.count,
      totalCost: `${tally.totalCost}` as const,
      funding: tally.toSplit(),
    }))
    .sort((a, b) => a.scope.name.localeCompare(b.scope.name, 'vi'));
}
