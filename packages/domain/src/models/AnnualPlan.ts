import type { FundingSource } from '../codes/fundingSources';
import type { ReportedAmount } from '../money/ReportedAmount';
import type { ReportScope } from './ReportScope';

/**
 * An annual khuyến công plan (kế hoạch năm): the budget year is the calendar year.
 *
 * @category Models
 */
export interface AnnualPlan {
  /** What the plan covers. */
  readonly scope: ReportScope;
  /** The plan year. */
  readonly year: number;
  /** Planned spending (kinh phí kế hoạch), all sources together. */
  readonly planned?: ReportedAmount;
  /** Planned spending per funding source, where stated. */
  readonly plannedBySource?: Readonly<Partial<Record<FundingSource, ReportedAmount>>>;
  /** Planned number of đề án. */
  readonly projectCount?: number;
  /** Consulting targets of the khuyến công centres (tư vấn phát triển công nghiệp). */
  readonly consulting?: ConsultingFigures;
}

/**
 * Figures of the consulting work of khuyến công centres: how many units consult, for how many projects,
 * with what revenue.
 *
 * @category Models
 */
export interface ConsultingFigures {
  /** Units doing consulting. */
  readonly units?: number;
  /** Units in scope (e.g. "5 of 15 units"). */
  readonly unitsInScope?: number;
  /** Consulting projects (dự án). */
  readonly projects?: number;
  /** Consulting revenue (doanh thu). */
  readonly revenue?: ReportedAmount;
}
