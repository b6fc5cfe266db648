import type { RoundingMode } from '@khuyencong/domain';
import type { LanguageOptions } from '../messages/LanguageOptions';

/**
 * Options of {@link formatNumber} (and of `formatPercent` and `formatVnd`). `lang: 'en'` writes "," between
 * thousands and "." before decimals ("1,234,567.891"), as `Intl.NumberFormat('en-US')` does, but exactly.
 *
 * @category Formatting
 */
export interface FormatNumberOptions extends LanguageOptions {
  /** Fraction digits always shown, padding with zeros (0-100, default 0). */
  readonly minimumFractionDigits?: number;
  /**
   * Fraction digits kept at most, rounding the rest (0-100). Default: every digit is kept for
   * `formatNumber` and `formatPercent`, 3 for the scaled units of `formatVnd`.
   */
  readonly maximumFractionDigits?: number;
  /** How dropped digits are rounded (default `'halfExpand'`, half-up as NĐ 174/2016 Điều 4 wants; the modes are `Intl.NumberFormat`'s). */
  readonly rounding?: RoundingMode;
}
