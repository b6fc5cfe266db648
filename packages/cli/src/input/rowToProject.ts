import {
  type Activity,
  type FundingSource,
  type IsoDate,
  type Project,
  provinceOn,
  type ReportedAmount,
  STATE_FUNDING_SOURCES,
  type StateFundingSource,
  type VndAmount,
} from '@khuyencong/domain';
import { memoize } from '../_internal/memoize';
import { text } from '../_internal/Text';
import { cellError } from './CellContext';
import type { RowReader } from './RowReader';
import { readCodeCell } from './readCodeCell';
import { readDateCell, readYearCell } from './readNumberCells';
import { readCityGradeCell, readCommuneKindCell, readPriorityAreasCell } from './readSiteCells';
import type { SiteDetails } from './SiteDetails';

function requireCell(row: RowReader, field: Parameters<RowReader['cell']>[0]): string {
  const value = row.cell(field);
  if (value === '') {
    throw cellError(
      row.context(field),
      text('ô bắt buộc nhưng để trống', 'required cell is empty'),
    );
  }
  return value;
}

const provinceIdOn = memoize((key: string) => {
  const [name = '', date = ''] = key.split('\u0000');
  return provinceOn(name, date)?.id;
});

function provinceId(row: RowReader, date: IsoDate): string {
  const name = requireCell(row, 'province');
  const unit = provinceIdOn(`${name}\u0000${date}`);
  if (unit === undefined) {
    throw cellError(
      row.context('province'),
      text(
        `không có tỉnh/thành phố "${name}" vào ngày ${date}`,
        `no province "${name}" on ${date}`,
      ),
    );
  }
  return unit;
}

function yesNo(value: string): boolean | undefined {
  if (value === '') return undefined;
  return /^(x|có|co|yes|true|1|đã cam kết)$/i.test(value);
}

/**
 * A project from a row of a projects table, with the site details its `Location` has no field for. The state
 * fund is the "Nguồn kinh phí" cell, or the one of "Kinh phí khuyến công quốc gia"/"địa phương" that is
 * filled; "Kinh phí hỗ trợ" goes to that fund.
 */
export function rowToProject(row: RowReader): { project: Project; site?: SiteDetails } {
  const year = readYearCell(requireCell(row, 'year'), row.context('year'));
  const approvalDate = readDateCell(row.cell('approvalDate'), row.context('approvalDate'));
  const date = approvalDate ?? (`${year}-01-01` as IsoDate);
  const activity = readCodeCell(
    'activity',
    requireCell(row, 'activity'),
    row.context('activity'),
  ) as Activity;
  const reported: Partial<Record<'totalCost' | FundingSource, ReportedAmount>> = {};
  const totalCost = row.amount('totalCost');
  if (totalCost === undefined) {
    throw cellError(
      row.context('totalCost'),
      text('ô bắt buộc nhưng để trống', 'required cell is empty'),
    );
  }
  reported.totalCost = totalCost;
  for (const source of ['national', 'local', 'counterpart', 'other'] as const) {
    const amount = row.amount(source);
    if (amount !== undefined) reported[source] = amount;
  }
  const fundCell = readCodeCell('fundingSource', row.cell('fund'), row.context('fund'));
  if (fundCell !== undefined && !(STATE_FUNDING_SOURCES as readonly string[]).includes(fundCell)) {
    throw cellError(
      row.context('fund'),
      text(
        'nguồn kinh phí khuyến công phải là quốc gia hoặc địa phương',
        'the fund must be national or local',
      ),
    );
  }
  const fund: StateFundingSource | undefined =
    (fundCell as StateFundingSource | undefined) ??
    (reported.national !== undefined
      ? 'national'
      : reported.local !== undefined
        ? 'local'
        : undefined);
  const support = row.amount('support');
  if (support !== undefined) {
    if (fund === undefined) {
      throw cellError(
        row.context('fund'),
        text(
          'có "Kinh phí hỗ trợ" nhưng không rõ nguồn kinh phí (quốc gia hay địa phương)',
          '"support" is given but the fund (national or local) is not',
        ),
      );
    }
    const stated = reported[fund];
    if (stated !== undefined && stated.amount !== support.amount) {
      throw cellError(
        row.context('support'),
        text(
          `kinh phí hỗ trợ ${support.asWritten} khác với cột ${fund} ${stated.asWritten}`,
          `support ${support.asWritten} differs from the ${fund} column ${stated.asWritten}`,
        ),
      );
    }
    reported[fund] = support;
  }
  if (fund === undefined) {
    throw cellError(
      row.context('fund'),
      text(
        'không rõ nguồn kinh phí (quốc gia hay địa phương)',
        'the fund (national or local) is not given',
      ),
    );
  }
  const funding: Partial<Record<FundingSource, VndAmount>> = {};
  for (const source of ['national', 'local', 'counterpart', 'other'] as const) {
    const amount = reported[source];
    if (amount !== undefined) funding[source] = amount.amount;
  }
  const eligible = row.amount('eligibleCost');
  const kind = readCodeCell(
    'beneficiaryKind',
    row.cell('beneficiaryKind'),
    row.context('beneficiaryKind'),
  );
  const sector = readCodeCell('sector', row.cell('sector'), row.context('sector'));
  const status = readCodeCell('projectStatus', row.cell('status'), row.context('status'));
  const district = row.cell('district');
  const commune = row.cell('commune');
  const communeKind = readCommuneKindCell(row.cell('communeKind'), row.context('communeKind'));
  const craftVillage = row.cell('craftVillage');
  const cityGrade = readCityGradeCell(row.cell('cityGrade'), row.context('cityGrade'));
  const priorityAreas = readPriorityAreasCell(
    row.cell('priorityAreas'),
    row.context('priorityAreas'),
  );
  const decisionNumber = row.cell('decisionNumber');
  const noDoubleFunding = yesNo(row.cell('noDoubleFundingDeclared'));
  const title = row.cell('title');
  const beneficiary = row.cell('beneficiary');
  const project: Project = {
    id: row.cell('id') || `L${row.line}`,
    title: title || (beneficiary ? beneficiary : `L${row.line}`),
    activity,
    fund,
    ...(sector === undefined ? {} : { sector }),
    // The model requires the implementing unit; a sheet without the column says so instead of guessing one.
    implementingUnit: row.cell('implementingUnit') || '(không ghi)',
    beneficiaries: kind === undefined ? [] : [{ name: beneficiary || title, kind }],
    location: {
      provinceId: provinceId(row, date),
      ...(district ? { district } : {}),
      ...(commune ? { commune } : {}),
      ...(communeKind === undefined ? {} : { communeKind }),
      ...(craftVillage ? { craftVillage } : {}),
      asOf: date,
    },
    year,
    ...(approvalDate === undefined
      ? {}
      : { approval: { date: approvalDate, ...(decisionNumber ? { decisionNumber } : {}) } }),
    status: status ?? 'approved',
    totalCost: totalCost.amount,
    funding,
    ...(eligible === undefined ? {} : { eligibleCost: eligible.amount }),
    ...(noDoubleFunding === undefined ? {} : { noDoubleFundingDeclared: noDoubleFunding }),
    reported,
  };
  if (cityGrade === undefined && priorityAreas === undefined) return { project };
  return {
    project,
    site: {
      ...(cityGrade === undefined ? {} : { cityGrade }),
      ...(priorityAreas === undefined ? {} : { priorityAreas }),
    },
  };
}
