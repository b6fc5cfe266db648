import type { AnnualPlan, PeriodReport, ReportedAmount, ReportedPercent } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import { invalidArgument } from '../_internal/assertIterable';
import { readOptions } from '../_internal/options';
import { checkReportedPercent } from '../attainment/checkReportedPercent';
import { impliedPlanBounds } from '../attainment/impliedPlan';
import type { CalcFinding } from './CalcFinding';
import { type CheckOptions, checkPartsSum } from './checkPartsSum';

/**
 * Checks the figures of a period report against each other and, when given, against the annual plan:
 * - the amounts per funding source against the total achieved (see `checkPartsSum`);
 * - the printed attainment against achieved / planned (`REPORTED_PERCENT_INCONSISTENT`), or, without a
 *   plan amount, the plans the percent implies (`PLAN_IMPLIED`, info);
 * - the same for the consulting revenue of the khuyến công centres.
 *
 * @param report - a `PeriodReport` of `@khuyencong/domain`.
 * @param plan - the `AnnualPlan` of the same scope and year, if known.
 * @param options - `tolerance` of approximate words (default `'5'` percent).
 * @returns the findings, in the order of the checks above; empty when all is consistent.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` when the report is not an object or the plan is for
 *   another year or scope; the codes of the amounts' parsers for malformed figures.
 * @category Consistency checks
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { checkReport } from '@khuyencong/calc';
 * const [report2023, report2024] = SEED_DATASET.reports;
 * checkReport(report2023!, SEED_DATASET.plans[0])
 * //=> []
 * checkReport(report2024!, SEED_DATASET.plans[1]).map((finding) => `${finding.severity} ${finding.code}`)
 * //=> ['warning PARTS_CONSISTENT_ONLY_IF_TOTAL_ROUNDED', 'info PLAN_IMPLIED', 'error REPORTED_PERCENT_INCONSISTENT']
 * ```
 */
export function checkReport(
  report: PeriodReport,
  plan?: AnnualPlan,
  options?: Pick<CheckOptions, 'tolerance'>,
): CalcFinding[] {
  if (typeof report !== 'object' || report === null) {
    throw invalidArgument('report', report, 'a PeriodReport');
  }
  if (plan !== undefined) assertSamePlan(report, plan);
  const tolerance = readOptions(options).tolerance;
  const shared = tolerance === undefined ? {} : { tolerance };
  const findings: CalcFinding[] = [];
  const parts = Object.values(report.achievedBySource ?? {});
  if (report.achieved !== undefined && parts.length > 0) {
    findings.push(
      ...checkPartsSum(report.achieved, parts, { ...shared, field: 'achievedBySource' }),
    );
  }
  findings.push(
    ...checkPercent(
      'reportedAttainment',
      report.achieved,
      plan?.planned,
      report.reportedAttainment,
      shared,
    ),
    ...checkPercent(
      'consulting.reportedAttainment',
      report.consulting?.revenue,
      plan?.consulting?.revenue,
      report.consulting?.reportedAttainment,
      shared,
    ),
  );
  return findings;
}

function checkPercent(
  field: string,
  achieved: ReportedAmount | undefined,
  planned: ReportedAmount | undefined,
  percent: ReportedPercent | undefined,
  options: Pick<CheckOptions, 'tolerance'>,
): CalcFinding[] {
  if (achieved === undefined || percent === undefined) return [];
  if (planned === undefined) {
    const plans = impliedPlanBounds(achieved, percent, options);
    const details = {
      field,
      achieved: achieved.amount,
      reportedPercent: percent.percent,
      planMin: plans.min,
      planMax: plans.max,
      planEstimate: plans.estimate,
    };
    return [{ code: 'PLAN_IMPLIED', severity: 'info', details }];
  }
  const check = checkReportedPercent(achieved, planned, percent, options);
  if (check.consistent) return [];
  const details = {
    field,
    achieved: achieved.amount,
    planned: planned.amount,
    reportedPercent: percent.percent,
    computedPercent: check.computed,
    impliedAchievedMin: check.impliedAchieved.min,
    impliedAchievedMax: check.impliedAchieved.max,
  };
  return [{ code: 'REPORTED_PERCENT_INCONSISTENT', severity: 'error', details }];
}

function assertSamePlan(report: PeriodReport, plan: AnnualPlan): void {
  if (typeof plan !== 'object' || plan === null)
    throw invalidArgument('plan', plan, 'an AnnualPlan');
  const sameScope = plan.scope?.kind === report.scope?.kind && plan.scope?.id === report.scope?.id;
  if (!sameScope || plan.year !== report.period?.year) {
    throw invalidArgument(
      'plan',
      plan,
      `the plan of the report's scope and year (${describeValue(report.period?.year)})`,
    );
  }
}
