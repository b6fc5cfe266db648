import type {
  AmountQualifier,
  Finding,
  FundingSource,
  PeriodKind,
  ReportScope,
  VndAmount,
} from '@khuyencong/domain';
import type { RecordOrigin } from '../input/InputRecord';

/**
 * A scope as the report names it: its kind, id and display name, and for a province its region
 * (`undefined` region id when the region is not known on the data's date).
 *
 * @category Report
 */
export interface ScopeRef extends ReportScope {
  readonly name: string;
  readonly regionId?: string;
  readonly regionName?: string;
}

/**
 * An amount in the report: whole đồng, and the approximate word of the source when it had one.
 *
 * @category Report
 */
export interface Amount {
  readonly amount: VndAmount;
  readonly qualifier?: AmountQualifier;
}

/**
 * One row of plan against achievement: a scope, year, period and funding source (`undefined` = all
 * sources), with the computed attainment and the percent the report printed.
 *
 * @category Report
 */
export interface AttainmentRow {
  readonly scope: ScopeRef;
  readonly year: number;
  readonly period?: { readonly kind: PeriodKind; readonly index?: number };
  readonly fund?: FundingSource;
  readonly planned?: Amount;
  readonly achieved?: Amount;
  /** Achieved / planned, percentage points with 2 decimals. */
  readonly percent?: string;
  /** The percent as the report printed it (decimal string, printed decimals kept). */
  readonly reportedPercent?: string;
  /** The plan the printed percent implies, when the plan itself is not given. */
  readonly impliedPlan?: { readonly min: string; readonly max: string };
}

/**
 * Consulting figures (tư vấn phát triển công nghiệp) of one scope and period against the year's plan.
 *
 * @category Report
 */
export interface ConsultingRow {
  readonly scope: ScopeRef;
  readonly year: number;
  readonly period: { readonly kind: PeriodKind; readonly index?: number };
  readonly plannedRevenue?: Amount;
  readonly revenue?: Amount;
  readonly percent?: string;
  readonly reportedPercent?: string;
  readonly plannedProjects?: number;
  readonly projects?: number;
  readonly projectPercent?: string;
}

/**
 * Amounts by funding source with each source's share of their sum.
 *
 * @category Report
 */
export interface FundingSplit {
  readonly total: VndAmount;
  readonly parts: readonly {
    readonly source: FundingSource;
    readonly amount: VndAmount;
    readonly qualifier?: AmountQualifier;
    /** Percentage points, 2 decimals. */
    readonly share: string;
  }[];
}

/**
 * The projects of one group (region or province): count, total cost and funding by source.
 *
 * @category Report
 */
export interface ProjectGroup {
  readonly scope: ScopeRef;
  readonly count: number;
  readonly totalCost: VndAmount;
  readonly funding: FundingSplit;
}

/**
 * A finding with where it was found: the record's origin, the project (if any) and the scope.
 *
 * @category Report
 */
export interface LocatedFinding {
  readonly finding: Finding;
  readonly origin?: RecordOrigin;
  readonly projectId?: string;
  /** A readable sentence in Vietnamese and English. */
  readonly message: { readonly vi: string; readonly en: string };
}

/**
 * Everything `khuyencong report` prints, ready for any format.
 *
 * @category Report
 */
export interface ReportData {
  readonly title: string;
  readonly asOf: string;
  readonly sources: readonly string[];
  readonly attainment: readonly AttainmentRow[];
  /** Funding split of each reported achievement that is broken down by source. */
  readonly reportedSplits: readonly {
    readonly scope: ScopeRef;
    readonly year: number;
    readonly period: { readonly kind: PeriodKind; readonly index?: number };
    readonly split: FundingSplit;
  }[];
  readonly consulting: readonly ConsultingRow[];
  readonly projects: {
    readonly count: number;
    readonly totalCost: VndAmount;
    readonly funding: FundingSplit;
    readonly byRegion: readonly ProjectGroup[];
    readonly byProvince: readonly ProjectGroup[];
    readonly byActivity: readonly { readonly activity: string; readonly count: number }[];
  };
  /** Inconsistencies in the reported figures. */
  readonly inconsistencies: readonly LocatedFinding[];
  /** Support-cap and eligibility findings per project (at most `findingLimit` kept). */
  readonly projectFindings: readonly LocatedFinding[];
  readonly findingCounts: {
    readonly error: number;
    readonly warning: number;
    readonly info: number;
  };
  /** How many project findings were counted but not kept. */
  readonly findingsOmitted: number;
}
