import type { RoundingMode } from '@khuyencong/domain';

/**
 * Options of an operation that may produce a fraction of a đồng and rounds it to whole đồng.
 *
 * @category Rounding
 */
export interface RoundingOptions {
  /** How to round (see {@link RoundingMode}); each function documents its default. */
  readonly rounding?: RoundingMode;
}

/**
 * Options of an operation asked to keep decimals instead of rounding to whole đồng.
 *
 * @category Rounding
 */
export interface DecimalRoundingOptions extends RoundingOptions {
  /** Decimal places to keep, 0 to 20. */
  readonly decimals: number;
}
