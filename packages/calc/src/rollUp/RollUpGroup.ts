import type { DecimalString, FundingSource, VndAmount } from '@khuyencong/domain';
import type { AttainmentResult } from '../attainment/attainment';

/**
 * The totals of one group (or of everything).
 *
 * @category Roll-ups
 */
export interface RollUpGroup {
  /** The group key (`''` for items without one; `'*'` for the overall total). */
  readonly key: string;
  /** Number of items. */
  readonly count: number;
  /** Sum of total costs. */
  readonly totalCost: VndAmount;
  /** Sum per funding source (every source, `'0'` when none). */
  readonly funding: Readonly<Record<FundingSource, VndAmount>>;
  /** State support: national + local. */
  readonly support: VndAmount;
  /** Support / total cost in percent, or `null` when the total cost is 0. */
  readonly supportShare: DecimalString | null;
  /** Counterpart / total cost in percent, or `null` when the total cost is 0. */
  readonly counterpartShare: DecimalString | null;
  /** Attainment of support against the group's plan, when `planned` has the key (`'*'`: all plans). */
  readonly attainment?: AttainmentResult;
}
