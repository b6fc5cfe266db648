import type { FundingSource } from '../codes/fundingSources';
import type { ReportedAmount, ReportedPercent } from '../money/ReportedAmount';
import type { ConsultingFigures } from './AnnualPlan';
import type { Period } from './Period';
import type { ReportScope } from './ReportScope';

/**
 * What a report says was achieved in a period (năm, 9 tháng, quý...), as printed, so that its own
 * figures can be checked against each other.
 *
 * @category Models
 */
export interface PeriodReport {
  /** What the report covers. */
  readonly scope: ReportScope;
  /** The period reported. */
  readonly period: Period;
  /** Spending achieved (kinh phí thực hiện), all sources together. */
  readonly achieved?: ReportedAmount;
  /** Spending achieved per funding source. */
  readonly achievedBySource?: Readonly<Partial<Record<FundingSource, ReportedAmount>>>;
  /** The attainment the report prints ("đạt 93,5% kế hoạch"). */
  readonly reportedAttainment?: ReportedPercent;
  /** Number of đề án carried out. */
  readonly projectCount?: number;
  /** Consulting achieved, with its printed attainment. */
  readonly consulting?: ConsultingFigures & {
    /** The consulting attainment the report prints. */
    readonly reportedAttainment?: ReportedPercent;
  };
  /** Where the figures come from (URL or citation). */
  readonly source?: string;
}
