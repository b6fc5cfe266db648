import type { RoundingOptions } from './RoundingOptions';

/**
 * Options of a function that returns percentage points as a decimal string.
 *
 * @category Rounding
 */
export interface PercentOptions extends RoundingOptions {
  /** Decimal places of the percent, 0 to 20 (default 2). The default rounding is `halfExpand`. */
  readonly decimals?: number;
}
