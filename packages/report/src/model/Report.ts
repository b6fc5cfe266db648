import type { RollUpGroup } from '@khuyencong/calc';
import type {
  AmountQualifier,
  DecimalString,
  FindingSeverity,
  FundingSource,
  IsoDate,
  PeriodKind,
  ReportScope,
  VndAmount,
} from '@khuyencong/domain';
import type { InputFormat, TableKind } from './ImportRecord';

/**
 * How the rows of the inputs were used: `read` = `counted` + `rejected` + `totals`, always.
 *
 * @category Model
 */
export interface RowCounts {
  /** Data rows (or JSON items) read; blank rows are not rows. */
  readonly read: number;
  /** Rows that are in the figures: a đề án, or a plan/report line. */
  readonly counted: number;
  /** Rows that are not in the figures because of an error found in them (or in their input). */
  readonly rejected: number;
  /** Totals rows ("Tổng cộng"), checked against the rows above them and never counted. */
  readonly totals: number;
}

/**
 * One input of the report.
 *
 * @category Model
 */
export interface InputSummary {
  /** Its name: a file path, `-` (standard input), `seed`. */
  readonly source: string;
  readonly format: InputFormat;
  readonly table?: TableKind;
  /** The dataset's own title and address, when it gives them. */
  readonly title?: string;
  readonly url?: string;
  readonly rows: RowCounts;
}

/**
 * An amount as the report holds it: whole đồng, with the approximate word of the source ("hơn", "gần") when
 * it had one.
 *
 * @category Model
 */
export interface ReportAmount {
  readonly amount: VndAmount;
  readonly qualifier?: AmountQualifier;
}

/**
 * A period of a report line, without its year (the row has it).
 *
 * @category Model
 */
export interface ReportPeriod {
  readonly kind: PeriodKind;
  readonly index?: number;
}

/**
 * One row of plan against achievement: a scope, a year and period, a funding source (absent: all sources),
 * the computed attainment and the percent the source printed.
 *
 * @category Model
 */
export interface AttainmentRow {
  readonly scope: ReportScope;
  readonly year: number;
  /** Absent for a plan with no report yet. */
  readonly period?: ReportPeriod;
  readonly fund?: FundingSource;
  readonly planned?: ReportAmount;
  readonly achieved?: ReportAmount;
  /** Achieved / planned in percent, 2 decimals (`halfExpand`). */
  readonly percent?: DecimalString;
  /** The percent as the source printed it, printed decimals kept (`'115.6'`). */
  readonly reportedPercent?: DecimalString;
  /** The plans the printed percent allows when the plan itself is not given (whole đồng, both ends in). */
  readonly impliedPlan?: { readonly min: VndAmount; readonly max: VndAmount };
}

/**
 * Amounts by funding source, with each source's share of their sum.
 *
 * @category Model
 */
export interface FundingSplit {
  readonly total: VndAmount;
  readonly parts: readonly {
    readonly source: FundingSource;
    readonly amount: VndAmount;
    readonly qualifier?: AmountQualifier;
    /** Percentage points of `total`, 2 decimals. */
    readonly share: DecimalString;
  }[];
}

/**
 * The funding split of a reported achievement that is broken down by source.
 *
 * @category Model
 */
export interface ReportedSplit {
  readonly scope: ReportScope;
  readonly year: number;
  readonly period: ReportPeriod;
  readonly split: FundingSplit;
}

/**
 * Consulting figures (tư vấn phát triển công nghiệp) of one scope and period against the year's plan.
 *
 * @category Model
 */
export interface ConsultingRow {
  readonly scope: ReportScope;
  readonly year: number;
  readonly period: ReportPeriod;
  readonly plannedRevenue?: ReportAmount;
  readonly revenue?: ReportAmount;
  readonly percent?: DecimalString;
  readonly reportedPercent?: DecimalString;
  readonly plannedProjects?: number;
  readonly projects?: number;
  readonly projectPercent?: DecimalString;
}

/**
 * The projects of one province, with the reporting regions its projects fall in on their judgement dates
 * (`''` where the region is not known on that date, as after the 2025 reform).
 *
 * @category Model
 */
export interface ProvinceGroup extends RollUpGroup {
  readonly regionIds: readonly string[];
}

/**
 * The đề án of the report added up (calc's roll-up groups): all of them, and by region (`key` the region id,
 * `''` when unknown on the judgement date), province (`key` the province id), activity and fund.
 *
 * @category Model
 */
export interface ProjectTotals {
  readonly total: RollUpGroup;
  readonly byRegion: readonly RollUpGroup[];
  readonly byProvince: readonly ProvinceGroup[];
  readonly byActivity: readonly RollUpGroup[];
  readonly byFund: readonly RollUpGroup[];
  /** Sum of the funding parts of the projects by source, with shares (the sources that occur). */
  readonly funding: FundingSplit;
}

/**
 * How many findings of each code and severity the report found (all of them, whatever was kept).
 *
 * @category Model
 */
export interface FindingSummary {
  readonly total: number;
  readonly bySeverity: Readonly<Record<FindingSeverity, number>>;
  /** One entry per code and severity, most severe first, then by count. */
  readonly byCode: readonly {
    readonly code: string;
    readonly severity: FindingSeverity;
    readonly count: number;
  }[];
}

/**
 * A khuyến công report as plain data: scope ids, codes, dates and whole-đồng strings, no display text (names
 * come from `@khuyencong/domain` by id and date, words from `@khuyencong/i18n-vi`, when it is rendered). It
 * serialises to JSON as it is.
 *
 * @category Model
 */
export interface Report {
  /** The date the report is made for (ngày lập báo cáo). */
  readonly asOf: IsoDate;
  readonly inputs: readonly InputSummary[];
  /** The rows of all inputs. */
  readonly rows: RowCounts;
  readonly attainment: readonly AttainmentRow[];
  readonly reportedSplits: readonly ReportedSplit[];
  readonly consulting: readonly ConsultingRow[];
  readonly projects: ProjectTotals;
  readonly findings: FindingSummary;
}
