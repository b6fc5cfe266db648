import { attainment, checkReport } from '@khuyencong/calc';
import {
  type AnnualPlan,
  type FundingSource,
  isVndAmount,
  type Period,
  type PeriodReport,
  type ReportedAmount,
  type ReportScope,
} from '@khuyencong/domain';
import { reportFinding } from '../_internal/reportFinding';
import type { LocatedFinding } from '../model/LocatedFinding';
import type { RecordOrigin } from '../model/RecordOrigin';
import type {
  AttainmentRow,
  ConsultingRow,
  ReportAmount,
  ReportedSplit,
  ReportPeriod,
} from '../model/Report';
import { fundingSplit } from './fundingSplit';
import { mergeFigures } from './mergeFigures';

interface Located<T> {
  value: T;
  readonly origin: RecordOrigin;
}

const PERIOD_ORDER: readonly Period['kind'][] = [
  'month',
  'quarter',
  'half-year',
  'nine-months',
  'year',
  'multi-year',
];

function scopeKey(scope: ReportScope): string {
  return `${scope.kind}:${scope.id ?? ''}`;
}

function planKey(scope: ReportScope, year: number): string {
  return `${scopeKey(scope)}|${year}`;
}

function reportKey(scope: ReportScope, period: Period): string {
  return `${scopeKey(scope)}|${period.year}:${period.kind}:${period.index ?? ''}`;
}

function comparePeriods(a: Period, b: Period): number {
  return (
    a.year - b.year ||
    PERIOD_ORDER.indexOf(a.kind) - PERIOD_ORDER.indexOf(b.kind) ||
    (a.index ?? 0) - (b.index ?? 0)
  );
}

function amountOf(figure: ReportedAmount | undefined): ReportAmount | undefined {
  if (figure === undefined) return undefined;
  return figure.qualifier === undefined
    ? { amount: figure.amount }
    : { amount: figure.amount, qualifier: figure.qualifier };
}

function percentOf(achieved?: ReportedAmount, planned?: ReportedAmount): string | undefined {
  if (achieved === undefined || planned === undefined || BigInt(planned.amount) <= 0n) {
    return undefined;
  }
  return attainment(achieved.amount, planned.amount, { decimals: 2 }).percent;
}

function countPercent(done?: number, planned?: number): string | undefined {
  if (done === undefined || planned === undefined || planned <= 0) return undefined;
  return attainment(`${done}`, `${planned}`, { decimals: 2 }).percent;
}

function periodOf(period: Period): ReportPeriod {
  return { kind: period.kind, ...(period.index === undefined ? {} : { index: period.index }) };
}

function row(
  scope: ReportScope,
  year: number,
  period: ReportPeriod | undefined,
  fund: FundingSource | undefined,
  planned: ReportedAmount | undefined,
  achieved: ReportedAmount | undefined,
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
  };
}

function consultingRow(report: PeriodReport, plan: AnnualPlan | undefined): ConsultingRow {
  const done = report.consulting;
  const target = plan?.consulting;
  const plannedRevenue = amountOf(target?.revenue);
  const revenue = amountOf(done?.revenue);
  const percent = percentOf(done?.revenue, target?.revenue);
  const projectPercent = countPercent(done?.projects, target?.projects);
  return {
    scope: report.scope,
    year: report.period.year,
    period: periodOf(report.period),
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

/** What {@link LinesTable.build} gives: the plan/report tables of the report and their consistency findings. */
export interface LinesResult {
  readonly attainment: readonly AttainmentRow[];
  readonly reportedSplits: readonly ReportedSplit[];
  readonly consulting: readonly ConsultingRow[];
  readonly findings: readonly LocatedFinding[];
}

/**
 * @internal The plans and period reports of a report, merged by scope and year (period): parts of the same
 * figure given on several lines (one per funding source) are merged, and two lines giving different values
 * for the same figure are a `CONFLICTING_FIGURES` finding (the first is kept).
 */
export class LinesTable {
  readonly #plans = new Map<string, Located<AnnualPlan>>();
  readonly #reports = new Map<string, Located<PeriodReport>>();
  readonly #onFinding: (finding: LocatedFinding) => void;

  constructor(onFinding: (finding: LocatedFinding) => void) {
    this.#onFinding = onFinding;
  }

  addPlan(plan: AnnualPlan, origin: RecordOrigin): void {
    this.#merge(this.#plans, planKey(plan.scope, plan.year), plan, origin);
  }

  addReport(report: PeriodReport, origin: RecordOrigin): void {
    this.#merge(this.#reports, reportKey(report.scope, report.period), report, origin);
  }

  /** The attainment rows, funding splits and consulting rows, and calc's consistency findings. */
  build(): LinesResult {
    const attainmentRows: AttainmentRow[] = [];
    const consulting: ConsultingRow[] = [];
    const reportedSplits: ReportedSplit[] = [];
    const findings: LocatedFinding[] = [];
    const reported = new Set<string>();
    const reports = [...this.#reports.values()].sort((a, b) =>
      comparePeriods(a.value.period, b.value.period),
    );
    for (const { value: report, origin } of reports) {
      const key = planKey(report.scope, report.period.year);
      reported.add(key);
      const plan = this.#plans.get(key)?.value;
      const period = periodOf(report.period);
      const checks = checkReport(report, plan);
      for (const finding of checks) findings.push({ finding, origin });
      const implied = checks.find(
        (finding) =>
          finding.code === 'PLAN_IMPLIED' && finding.details['field'] === 'reportedAttainment',
      );
      const impliedMin = implied?.details['planMin'];
      const impliedMax = implied?.details['planMax'];
      const total = row(
        report.scope,
        report.period.year,
        period,
        undefined,
        plan?.planned,
        report.achieved,
      );
      attainmentRows.push({
        ...total,
        ...(report.reportedAttainment
          ? { reportedPercent: report.reportedAttainment.percent }
          : {}),
        ...(isVndAmount(impliedMin) && isVndAmount(impliedMax)
          ? { impliedPlan: { min: impliedMin, max: impliedMax } }
          : {}),
      });
      const sources = new Set<FundingSource>([
        ...(Object.keys(report.achievedBySource ?? {}) as FundingSource[]),
        ...(Object.keys(plan?.plannedBySource ?? {}) as FundingSource[]),
      ]);
      for (const source of sources) {
        attainmentRows.push(
          row(
            report.scope,
            report.period.year,
            period,
            source,
            plan?.plannedBySource?.[source],
            report.achievedBySource?.[source],
          ),
        );
      }
      const parts = (
        Object.entries(report.achievedBySource ?? {}) as [FundingSource, ReportedAmount][]
      )
        .filter((entry): entry is [FundingSource, ReportedAmount] => entry[1] !== undefined)
        .map(([source, figure]) => ({ source, ...(amountOf(figure) as ReportAmount) }));
      if (parts.length > 0) {
        reportedSplits.push({
          scope: report.scope,
          year: report.period.year,
          period,
          split: fundingSplit(parts),
        });
      }
      if (report.consulting !== undefined || plan?.consulting !== undefined) {
        consulting.push(consultingRow(report, plan));
      }
    }
    for (const [key, { value: plan }] of this.#plans) {
      if (reported.has(key)) continue;
      attainmentRows.push(
        row(plan.scope, plan.year, undefined, undefined, plan.planned, undefined),
      );
      for (const [source, figure] of Object.entries(plan.plannedBySource ?? {}) as [
        FundingSource,
        ReportedAmount | undefined,
      ][]) {
        if (figure !== undefined) {
          attainmentRows.push(row(plan.scope, plan.year, undefined, source, figure, undefined));
        }
      }
    }
    attainmentRows.sort((a, b) => a.year - b.year);
    return { attainment: attainmentRows, reportedSplits, consulting, findings };
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
      this.#onFinding({
        finding: reportFinding('CONFLICTING_FIGURES', { field }),
        origin,
      });
    }
  }
}
