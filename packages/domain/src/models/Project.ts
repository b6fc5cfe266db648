import type { Activity } from '../codes/activities';
import type { FundingSource, StateFundingSource } from '../codes/fundingSources';
import type { ProjectStatus } from '../codes/projectStatuses';
import type { Sector } from '../codes/sectors';
import type { IsoDate } from '../dates/IsoDate';
import type { ReportedAmount } from '../money/ReportedAmount';
import type { VndAmount } from '../money/VndAmount';
import type { Beneficiary } from './Beneficiary';
import type { Location } from './Location';

/**
 * A đề án khuyến công: one activity for named beneficiaries, approved by a decision, with its total cost
 * and the amount from each funding source. Amounts are whole đồng as strings; an amount the source only
 * gives approximately ("hơn 899 triệu đồng") keeps its qualifier in {@link Project.reported}.
 *
 * @category Models
 */
export interface Project {
  /** A stable id (mã đề án). */
  readonly id: string;
  /** The title. */
  readonly title: string;
  /** The activity (nội dung khuyến công). */
  readonly activity: Activity;
  /** The state fund that supports it. */
  readonly fund: StateFundingSource;
  /** The sector the beneficiaries produce in. */
  readonly sector?: Sector;
  /** The implementing unit (đơn vị thực hiện), e.g. a provincial khuyến công centre. */
  readonly implementingUnit: string;
  /** The beneficiaries. */
  readonly beneficiaries: readonly Beneficiary[];
  /** Where it is carried out. */
  readonly location: Location;
  /** The plan year. */
  readonly year: number;
  /** The approval decision, when known. */
  readonly approval?: {
    /** The decision date. */
    readonly date: IsoDate;
    /** The decision number, e.g. "123/QĐ-SCT". */
    readonly decisionNumber?: string;
  };
  /** Where it stands. */
  readonly status: ProjectStatus;
  /** Total cost (tổng kinh phí) in whole đồng. */
  readonly totalCost: VndAmount;
  /** The amount from each funding source, in whole đồng. */
  readonly funding: Readonly<Partial<Record<FundingSource, VndAmount>>>;
  /** The eligible cost the support rate applies to, when it differs from the total cost. */
  readonly eligibleCost?: VndAmount;
  /** Whether the beneficiary declared that no other state source funds the same expense items. */
  readonly noDoubleFundingDeclared?: boolean;
  /** Amounts as the source printed them, with their approximate words. */
  readonly reported?: Readonly<Partial<Record<'totalCost' | FundingSource, ReportedAmount>>>;
}
