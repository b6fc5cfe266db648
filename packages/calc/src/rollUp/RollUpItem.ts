import type { FundingSource } from '@khuyencong/domain';
import type { AmountInput } from '../money/AmountInput';

/**
 * What {@link rollUp} and {@link createRollUp} need of an item; a `Project` of `@khuyencong/domain` is one, and a report line
 * with the same fields is too.
 *
 * @category Roll-ups
 */
export interface RollUpItem {
  /** Total cost, whole đồng. */
  readonly totalCost: AmountInput;
  /** Amount per funding source, whole đồng. */
  readonly funding: Readonly<Partial<Record<FundingSource, AmountInput>>>;
  /** The activity, for `by: 'activity'`. */
  readonly activity?: string;
  /** The state fund, for `by: 'fund'`. */
  readonly fund?: string;
  /** The year, for `by: 'year'`. */
  readonly year?: number;
  /** The location, for `by: 'province'` and `by: 'region'`. */
  readonly location?: { readonly provinceId: string };
}
