import type { DecimalString } from '@khuyencong/domain';

/**
 * An interval of exact decimal values, with each end's inclusion spelled out.
 *
 * @category Attainment
 */
export interface DecimalInterval {
  /** The lower bound, a canonical decimal string. */
  readonly min: DecimalString;
  /** The upper bound, a canonical decimal string. */
  readonly max: DecimalString;
  /** Whether `min` itself belongs to the interval. */
  readonly minInclusive: boolean;
  /** Whether `max` itself belongs to the interval. */
  readonly maxInclusive: boolean;
}
