import {
  type AnnualPlan,
  type FundingSource,
  type IsoDate,
  PERIOD_KINDS,
  type Period,
  type PeriodReport,
  type ReportedPercent,
} from '@khuyencong/domain';
import { annualPlanSchema, periodReportSchema } from '@khuyencong/validation';
import type * as z from 'zod/mini';
import { boundedMemo } from '../../_internal/boundedMemo';
import { cellValue } from '../../_internal/cellValue';
import { foldText } from '../../_internal/foldText';
import type { ImportRecord } from '../../model/ImportRecord';
import { matchCode } from '../cells/matchCode';
import type { RowCells } from '../cells/RowCells';
import { readAmountCell } from '../cells/readAmountCell';
import { readCodeCell } from '../cells/readCodeCell';
import { readCountCell } from '../cells/readCountCell';
import { readPercentCell } from '../cells/readPercentCell';
import { readYearCell } from '../cells/readYearCell';
import { scopeOn } from '../cells/scopeOn';
import type { Field } from '../columns/Field';
import { schemaFindings } from './schemaFindings';

type PeriodShape = Omit<Period, 'year'>;

const INDEXED = /^(quy|quarter|q|thang|month)(\d{1,2})$/;

/** A period cell without its year: "năm", "9 tháng", "6 tháng", "quý 3", "tháng 10", or the codes. */
const periodOf = boundedMemo((cell: string): PeriodShape | null => {
  const indexed = INDEXED.exec(foldText(cell));
  if (indexed !== null) {
    const kind = /^(quy|quarter|q)$/.test(indexed[1] ?? '') ? 'quarter' : 'month';
    const index = Number(indexed[2]);
    return index >= 1 && index <= (kind === 'quarter' ? 4 : 12) ? { kind, index } : null;
  }
  const match = matchCode('periodKind', cell);
  return match.code === undefined ? null : { kind: match.code };
});

const PLAN_FIELDS: Readonly<Record<string, Field>> = {
  scope: 'scope',
  year: 'year',
  planned: 'planned',
  plannedBySource: 'planned',
  projectCount: 'projectCount',
};
const REPORT_FIELDS: Readonly<Record<string, Field>> = {
  scope: 'scope',
  period: 'period',
  achieved: 'achieved',
  achievedBySource: 'achieved',
  reportedAttainment: 'reportedPercent',
  projectCount: 'projectCount',
};

function planField(path: readonly (string | number)[]): Field | undefined {
  if (path[0] === 'consulting') {
    return path[1] === 'projects' ? 'consultingProjectsPlanned' : 'consultingRevenuePlanned';
  }
  return typeof path[0] === 'string' ? PLAN_FIELDS[path[0]] : undefined;
}

function reportField(path: readonly (string | number)[]): Field | undefined {
  if (path[0] === 'consulting') {
    if (path[1] === 'projects') return 'consultingProjects';
    return path[1] === 'reportedAttainment' ? 'consultingReportedPercent' : 'consultingRevenue';
  }
  return typeof path[0] === 'string' ? REPORT_FIELDS[path[0]] : undefined;
}

function percentCell(row: RowCells, field: Field): ReportedPercent | undefined {
  const percent = readPercentCell(row, field);
  return percent === undefined ? undefined : { percent, asWritten: row.cell(field) };
}

/** Parses a candidate with its schema; issues become findings on the row, in the column that gave them. */
function checked<T>(
  row: RowCells,
  schema: z.ZodMiniType<T>,
  candidate: T,
  fieldOf: (path: readonly (string | number)[]) => Field | undefined,
): T | undefined {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const { path, finding } of schemaFindings(parsed.error)) {
    const field = fieldOf(path);
    const column = field === undefined ? undefined : row.header(field);
    row.add({
      finding,
      origin:
        column === undefined
          ? { source: row.source, line: row.line }
          : { source: row.source, line: row.line, column },
    });
  }
  return undefined;
}

/**
 * @internal The record of a data row of a plan/report lines table: a `lines` record with the plan part
 * ("Kế hoạch", the annual plan) and/or the report part ("Thực hiện", what was achieved in the row's period:
 * năm, 9 tháng, 6 tháng, quý N, tháng N), each through its schema; with "Nguồn kinh phí" filled, both are that
 * source's share. A row with a problem is `rejected` with all of them.
 */
export function rowToLines(row: RowCells): ImportRecord {
  let year: number | undefined;
  if (row.cell('year') === '') {
    if (!row.absent('year')) row.report('year', 'CELL_REQUIRED', { field: 'year' });
  } else {
    year = readYearCell(row, 'year');
  }
  const scopeCell = row.cell('scope');
  let scope: ReturnType<typeof scopeOn> = null;
  if (scopeCell === '') {
    if (!row.absent('scope')) row.report('scope', 'CELL_REQUIRED', { field: 'scope' });
  } else if (year !== undefined) {
    const date = `${year}-01-01` as IsoDate;
    scope = scopeOn(scopeCell, date);
    if (scope === null) {
      row.report('scope', 'CELL_UNKNOWN_SCOPE', {
        field: 'scope',
        value: cellValue(scopeCell),
        date,
      });
    }
  }
  const periodCell = row.cell('period');
  const periodShape: PeriodShape | null =
    periodCell === '' ? { kind: 'year' } : periodOf(periodCell);
  if (periodShape === null) {
    row.report('period', 'CELL_UNKNOWN_CODE', {
      field: 'period',
      value: cellValue(periodCell),
      list: 'periodKind',
      candidates: PERIOD_KINDS.join(', '),
    });
  }
  const fund: FundingSource | undefined = readCodeCell(row, 'fund', 'fundingSource');
  const planned = readAmountCell(row, 'planned');
  const achieved = readAmountCell(row, 'achieved');
  const reportedPercent = percentCell(row, 'reportedPercent');
  if (row.cell('fund') !== '' && row.cell('reportedPercent') !== '') {
    row.report('reportedPercent', 'PERCENT_ON_SOURCE_LINE');
  }
  const plannedRevenue = readAmountCell(row, 'consultingRevenuePlanned');
  const plannedProjects = readCountCell(row, 'consultingProjectsPlanned');
  const revenue = readAmountCell(row, 'consultingRevenue');
  const projects = readCountCell(row, 'consultingProjects');
  const consultingPercent = percentCell(row, 'consultingReportedPercent');
  const projectCount = readCountCell(row, 'projectCount');
  const origin = { source: row.source, line: row.line };
  if (row.failed || year === undefined || scope === null || periodShape === null) {
    return { kind: 'rejected', origin, findings: row.findings ?? [] };
  }
  let plan: AnnualPlan | undefined;
  if (planned !== undefined || plannedRevenue !== undefined || plannedProjects !== undefined) {
    plan = checked(
      row,
      annualPlanSchema,
      {
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
      },
      planField,
    );
  }
  const consulting = {
    ...(revenue === undefined ? {} : { revenue }),
    ...(projects === undefined ? {} : { projects }),
    ...(consultingPercent === undefined ? {} : { reportedAttainment: consultingPercent }),
  };
  let report: PeriodReport | undefined;
  if (
    achieved !== undefined ||
    reportedPercent !== undefined ||
    projectCount !== undefined ||
    Object.keys(consulting).length > 0
  ) {
    report = checked(
      row,
      periodReportSchema,
      {
        scope,
        period: { ...periodShape, year } as Period,
        ...(achieved === undefined
          ? {}
          : fund === undefined
            ? { achieved }
            : { achievedBySource: { [fund]: achieved } }),
        ...(reportedPercent === undefined ? {} : { reportedAttainment: reportedPercent }),
        ...(projectCount === undefined ? {} : { projectCount }),
        ...(Object.keys(consulting).length === 0 ? {} : { consulting }),
      },
      reportField,
    );
  }
  if (row.failed) return { kind: 'rejected', origin, findings: row.findings ?? [] };
  return {
    kind: 'lines',
    ...(plan === undefined ? {} : { plan }),
    ...(report === undefined ? {} : { report }),
    origin,
  };
}
