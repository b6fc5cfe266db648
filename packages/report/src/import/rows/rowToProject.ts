import {
  type FundingSource,
  type IsoDate,
  type Location,
  type Project,
  type ReportedAmount,
  STATE_FUNDING_SOURCES,
  type StateFundingSource,
  type VndAmount,
} from '@khuyencong/domain';
import { projectSchema } from '@khuyencong/validation';
import { cellValue } from '../../_internal/cellValue';
import type { ImportRecord, UnstatedField } from '../../model/ImportRecord';
import type { SiteDetails } from '../../model/SiteDetails';
import { provinceIdOn } from '../cells/provinceIdOn';
import type { RowCells } from '../cells/RowCells';
import { readAmountCell } from '../cells/readAmountCell';
import { readCityGradeCell } from '../cells/readCityGradeCell';
import { readCodeCell } from '../cells/readCodeCell';
import { readCommuneKindCell } from '../cells/readCommuneKindCell';
import { readDateCell } from '../cells/readDateCell';
import { readPriorityAreasCell } from '../cells/readPriorityAreasCell';
import { readYearCell } from '../cells/readYearCell';
import type { Field } from '../columns/Field';
import { projectFieldOf } from './projectFieldOf';
import { schemaFindings } from './schemaFindings';

/** What a projects row needs besides its cells. */
export interface ProjectRowOptions {
  /** The implementing unit of rows that do not give one. */
  readonly implementingUnit?: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const STATE: ReadonlySet<string> = new Set(STATE_FUNDING_SOURCES);
const YES = /^(?:x|có|co|yes|true|1|đã cam kết|da cam ket)$/i;

/** The fields that tell the fund: when the row stops before one of them, `FUND_MISSING` is not said. */
const FUND_FIELDS: readonly Field[] = ['fund', 'national', 'local', 'support'];

/** At most 200 entries: a year cell is 1900-2099. */
const YEAR_STARTS = new Map<number, IsoDate>();

/**
 * 1 January of a plan year, one string per year: the date judges most rows, and is then looked up in every
 * memo keyed by date (the same string every time, whose hash the engine keeps).
 */
function yearStart(year: number): IsoDate {
  let date = YEAR_STARTS.get(year);
  if (date === undefined) {
    date = `${year}-01-01` as IsoDate;
    YEAR_STARTS.set(year, date);
  }
  return date;
}

/** Whether a cell says more than its amount (a unit, grouping, an approximate word): `reported` keeps it. */
function saysMore(amount: ReportedAmount | undefined): amount is ReportedAmount {
  return (
    amount !== undefined && (amount.qualifier !== undefined || amount.asWritten !== amount.amount)
  );
}

/** For an empty required cell: a `CELL_REQUIRED` finding (unless the row stops before it); `undefined`. */
function required(row: RowCells, field: Field): undefined {
  if (!row.absent(field)) row.report(field, 'CELL_REQUIRED', { field });
  return undefined;
}

/**
 * @internal The record of a data row of a projects table: a `project` that passed `projectSchema`, or a
 * `rejected` row with every problem of its cells. Every cell is read whatever the others hold. The state
 * fund is the "Nguồn kinh phí" cell, or the one of "Kinh phí khuyến công quốc gia" / "địa phương" that is
 * filled (national first); "Kinh phí hỗ trợ" goes to that fund. The site is given as of the approval date,
 * else 1 January of the plan year.
 */
export function rowToProject(row: RowCells, options: ProjectRowOptions): ImportRecord {
  const at = row.at;
  const yearCell = row.text(at.year);
  const year = yearCell === '' ? required(row, 'year') : readYearCell(row, 'year', yearCell);
  const approvalDate = readDateCell(row, 'approvalDate', row.text(at.approvalDate));
  const date: IsoDate | undefined =
    approvalDate ?? (year === undefined ? undefined : yearStart(year));
  const activityCell = row.text(at.activity);
  const activity =
    activityCell === ''
      ? required(row, 'activity')
      : readCodeCell(row, 'activity', 'activity', activityCell);
  const provinceName = row.text(at.province);
  let provinceId: string | undefined;
  if (provinceName === '') required(row, 'province');
  else if (date !== undefined) {
    provinceId = provinceIdOn(provinceName, date) ?? undefined;
    if (provinceId === undefined) {
      row.report('province', 'CELL_UNKNOWN_PROVINCE', {
        field: 'province',
        value: cellValue(provinceName),
        date,
      });
    }
  }
  // The amounts in plain variables (no object keyed by source: this runs once per row of files of millions).
  const totalCostCell = row.text(at.totalCost);
  const totalCost =
    totalCostCell === ''
      ? required(row, 'totalCost')
      : readAmountCell(row, 'totalCost', totalCostCell);
  const nationalCell = row.text(at.national);
  const localCell = row.text(at.local);
  let national = readAmountCell(row, 'national', nationalCell);
  let local = readAmountCell(row, 'local', localCell);
  const counterpart = readAmountCell(row, 'counterpart', row.text(at.counterpart));
  const other = readAmountCell(row, 'other', row.text(at.other));
  const fundCell = row.text(at.fund);
  const fundCode = readCodeCell(row, 'fund', 'fundingSource', fundCell);
  if (fundCode !== undefined && !STATE.has(fundCode)) {
    row.report('fund', 'FUND_NOT_STATE', { value: cellValue(fundCell) });
  }
  const fund: StateFundingSource | undefined =
    fundCell !== ''
      ? fundCode !== undefined && STATE.has(fundCode)
        ? (fundCode as StateFundingSource)
        : undefined
      : nationalCell !== ''
        ? 'national'
        : localCell !== ''
          ? 'local'
          : undefined;
  const support = readAmountCell(row, 'support', row.text(at.support));
  if (support !== undefined && fund !== undefined) {
    const stated = fund === 'national' ? national : local;
    if (stated !== undefined && stated.amount !== support.amount) {
      row.report('support', 'SUPPORT_CONFLICTS_WITH_FUND', {
        support: support.asWritten ?? support.amount,
        fund,
        stated: stated.asWritten ?? stated.amount,
      });
    }
    if (fund === 'national') national = support;
    else local = support;
  }
  if (fund === undefined && fundCell === '' && !FUND_FIELDS.some((field) => row.absent(field))) {
    row.report('fund', 'FUND_MISSING');
  }
  const eligible = readAmountCell(row, 'eligibleCost', row.text(at.eligibleCost));
  const kind = readCodeCell(
    row,
    'beneficiaryKind',
    'beneficiaryKind',
    row.text(at.beneficiaryKind),
  );
  const sector = readCodeCell(row, 'sector', 'sector', row.text(at.sector));
  const status = readCodeCell(row, 'status', 'projectStatus', row.text(at.status));
  const communeKind = at.communeKind < 0 ? undefined : readCommuneKindCell(row);
  const cityGrade = at.cityGrade < 0 ? undefined : readCityGradeCell(row);
  const priorityAreas = at.priorityAreas < 0 ? undefined : readPriorityAreasCell(row);
  if (
    row.failed ||
    year === undefined ||
    activity === undefined ||
    provinceId === undefined ||
    totalCost === undefined ||
    fund === undefined ||
    date === undefined
  ) {
    return row.rejected();
  }

  let unstated: UnstatedField[] | undefined;
  const id = row.projectId ?? `${row.source}:${row.line}`;
  if (row.projectId === undefined) unstated = ['id'];
  const titleCell = row.text(at.title);
  const beneficiary = row.text(at.beneficiary);
  if (titleCell === '') unstated = withUnstated(unstated, 'title');
  const title = titleCell || beneficiary || id;
  let implementingUnit = row.text(at.implementingUnit) || options.implementingUnit;
  if (implementingUnit === undefined || implementingUnit === '') {
    unstated = withUnstated(unstated, 'implementingUnit');
    implementingUnit = '—';
  }
  // In the order of FUNDING_SOURCES.
  const funding: Mutable<Partial<Record<FundingSource, VndAmount>>> = {};
  if (national !== undefined) funding.national = national.amount;
  if (local !== undefined) funding.local = local.amount;
  if (counterpart !== undefined) funding.counterpart = counterpart.amount;
  if (other !== undefined) funding.other = other.amount;
  // `reported` keeps what the sheet printed when it says more than the amount ("hơn 899 triệu",
  // "1.360.000.000"); a cell of plain whole đồng is the amount itself.
  let reported: Mutable<Partial<Record<'totalCost' | FundingSource, ReportedAmount>>> | undefined;
  if (saysMore(totalCost)) reported = { totalCost };
  if (saysMore(national)) reported = { ...reported, national };
  if (saysMore(local)) reported = { ...reported, local };
  if (saysMore(counterpart)) reported = { ...reported, counterpart };
  if (saysMore(other)) reported = { ...reported, other };
  // Built by assignment (no spread of optional parts): this runs once per row of files of millions.
  const location: Mutable<Location> = { provinceId };
  const district = row.text(at.district);
  if (district !== '') location.district = district;
  const commune = row.text(at.commune);
  if (commune !== '') location.commune = commune;
  if (communeKind !== undefined) location.communeKind = communeKind;
  const craftVillage = row.text(at.craftVillage);
  if (craftVillage !== '') location.craftVillage = craftVillage;
  location.asOf = date;
  const candidate: Mutable<Project> = {
    id,
    title,
    activity,
    fund,
    implementingUnit,
    beneficiaries: kind === undefined ? [] : [{ name: beneficiary || title, kind }],
    location,
    year,
    status: status ?? 'approved',
    totalCost: totalCost.amount,
    funding,
  };
  if (reported !== undefined) candidate.reported = reported;
  if (sector !== undefined) candidate.sector = sector;
  if (approvalDate !== undefined) {
    const decisionNumber = row.text(at.decisionNumber);
    candidate.approval =
      decisionNumber === '' ? { date: approvalDate } : { date: approvalDate, decisionNumber };
  }
  if (eligible !== undefined) candidate.eligibleCost = eligible.amount;
  const declared = row.text(at.noDoubleFundingDeclared);
  if (declared !== '') candidate.noDoubleFundingDeclared = YES.test(declared);
  const parsed = projectSchema.safeParse(candidate);
  if (!parsed.success) {
    const supportFund = support === undefined ? undefined : fund;
    for (const { path, finding } of schemaFindings(parsed.error)) {
      const field = projectFieldOf(path, supportFund);
      const column = field === undefined ? undefined : row.header(field);
      row.add({
        finding,
        origin:
          column === undefined
            ? { source: row.source, line: row.line }
            : { source: row.source, line: row.line, column },
      });
    }
    return row.rejected();
  }
  const record: Mutable<Extract<ImportRecord, { kind: 'project' }>> = {
    kind: 'project',
    project: parsed.data,
    origin: { source: row.source, line: row.line },
  };
  if (cityGrade !== undefined || priorityAreas !== undefined) {
    const site: Mutable<SiteDetails> = {};
    if (cityGrade !== undefined) site.cityGrade = cityGrade;
    if (priorityAreas !== undefined) site.priorityAreas = priorityAreas;
    record.site = site;
  }
  if (unstated !== undefined) record.unstated = unstated;
  return record;
}

/** The unstated fields so far with one more (the list made on the first). */
function withUnstated(
  unstated: UnstatedField[] | undefined,
  field: UnstatedField,
): UnstatedField[] {
  if (unstated === undefined) return [field];
  unstated.push(field);
  return unstated;
}
