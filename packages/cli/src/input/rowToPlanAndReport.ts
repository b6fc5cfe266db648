import type {
  AnnualPlan,
  FundingSource,
  IsoDate,
  Period,
  PeriodReport,
  ReportedPercent,
} from '@khuyencong/domain';
import { foldText } from '../_internal/foldText';
import { text } from '../_internal/Text';
import { cellError } from './CellContext';
import type { RowReader } from './RowReader';
import { readCodeCell } from './readCodeCell';
import { readCountCell, readPercentCell, readYearCell } from './readNumberCells';
import { readScopeCell } from './readScopeCell';

function readPeriod(row: RowReader, year: number): Period {
  const cell = row.cell('period');
  const indexed = /^(quy|quarter|q|thang|month)(\d{1,2})$/.exec(foldText(cell));
  if (indexed !== null) {
    const kind = /^(quy|quarter|q)$/.test(indexed[1] ?? '') ? 'quarter' : 'month';
    const index = Number(indexed[2]);
    if (index < 1 || index > (kind === 'quarter' ? 4 : 12)) {
      throw cellError(
        row.context('period'),
        text(`kỳ "${cell}" không có thật`, `period "${cell}" does not exist`),
      );
    }
    return { kind, year, index };
  }
  return { kind: readCodeCell('periodKind', cell, row.context('period')) ?? 'year', year };
}

function percentCell(
  row: RowReader,
  field: 'reportedPercent' | 'consultingReportedPercent',
): ReportedPercent | undefined {
  const percent = readPercentCell(row.cell(field), row.context(field));
  return percent === undefined ? undefined : { percent, asWritten: row.cell(field) };
}

/**
 * The plan part and the report part of a row of a plan/report lines table. "Kế hoạch" is the annual plan;
 * "Thực hiện" what was achieved in the row's period ("Kỳ": năm, 9 tháng, 6 tháng, quý N, tháng N); with
 * "Nguồn kinh phí" filled, both are that source's share.
 */
export function rowToPlanAndReport(row: RowReader): { plan?: AnnualPlan; report?: PeriodReport } {
  const year = readYearCell(row.cell('year'), row.context('year'));
  const scope = readScopeCell(row.cell('scope'), row.context('scope'), `${year}-01-01` as IsoDate);
  const period = readPeriod(row, year);
  const fund: FundingSource | undefined = readCodeCell(
    'fundingSource',
    row.cell('fund'),
    row.context('fund'),
  );
  const planned = row.amount('planned');
  const achieved = row.amount('achieved');
  const reportedPercent = percentCell(row, 'reportedPercent');
  if (fund !== undefined && reportedPercent !== undefined) {
    throw cellError(
      row.context('reportedPercent'),
      text(
        'tỷ lệ đạt chỉ ghi ở dòng tổng (để trống "Nguồn kinh phí")',
        'the attainment percent belongs on the total line (empty fund)',
      ),
    );
  }
  const plannedRevenue = row.amount('consultingRevenuePlanned');
  const plannedProjects = readCountCell(
    row.cell('consultingProjectsPlanned'),
    row.context('consultingProjectsPlanned'),
  );
  const revenue = row.amount('consultingRevenue');
  const projects = readCountCell(row.cell('consultingProjects'), row.context('consultingProjects'));
  const consultingPercent = percentCell(row, 'consultingReportedPercent');
  const projectCount = readCountCell(row.cell('projectCount'), row.context('projectCount'));
  const result: { plan?: AnnualPlan; report?: PeriodReport } = {};
  if (planned !== undefined || plannedRevenue !== undefined || plannedProjects !== undefined) {
    result.plan = {
      scope,
      year,
      ...(planned === undefined
        ? {}
        : fund === undefined
          ? { planned }
          : { plannedBySource: { [fund]: planned } }),
      ...(plannedRevenue === undefined && plannedProjects === undefined
        ? {}
        : {
            consulting: {
              ...(plannedRevenue === undefined ? {} : { revenue: plannedRevenue }),
              ...(plannedProjects === undefined ? {} : { projects: plannedProjects }),
            },
          }),
    };
  }
  const consulting = {
    ...(revenue === undefined ? {} : { revenue }),
    ...(projects === undefined ? {} : { projects }),
    ...(consultingPercent === undefined ? {} : { reportedAttainment: consultingPercent }),
  };
  if (
    achieved !== undefined ||
    reportedPercent !== undefined ||
    projectCount !== undefined ||
    Object.keys(consulting).length > 0
  ) {
    result.report = {
      scope,
      period,
      ...(achieved === undefined
        ? {}
        : fund === undefined
          ? { achieved }
          : { achievedBySource: { [fund]: achieved } }),
      ...(reportedPercent === undefined ? {} : { reportedAttainment: reportedPercent }),
      ...(projectCount === undefined ? {} : { projectCount }),
      ...(Object.keys(consulting).length === 0 ? {} : { consulting }),
    };
  }
  return result;
}
