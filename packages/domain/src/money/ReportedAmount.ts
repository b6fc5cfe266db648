import type { AmountQualifier } from './AmountQualifier';
import type { VndAmount } from './VndAmount';

/**
 * An amount as a report printed it: the value in whole đồng, the approximate word in front of it if
 * any ("hơn 9 tỷ đồng" is `{ amount: '9000000000', qualifier: 'more-than' }`), and the text as written.
 *
 * @category Money
 */
export interface ReportedAmount {
  /** The figure in whole đồng, as printed (for "hơn 9 tỷ" the 9 tỷ, not a guess of the real value). */
  readonly amount: VndAmount;
  /** The approximate word, absent when the figure is stated as exact. */
  readonly qualifier?: AmountQualifier;
  /** The figure exactly as the source wrote it, e.g. "hơn 9 tỷ đồng". */
  readonly asWritten?: string;
}

/**
 * A percentage as a report printed it: percentage points as a decimal string (`'93.5'` for "93,5%").
 *
 * @category Money
 */
export interface ReportedPercent {
  /** Percentage points as a canonical decimal string, e.g. `'115.6'`. */
  readonly percent: string;
  /** The approximate word, if any. */
  readonly qualifier?: AmountQualifier;
  /** The figure exactly as written, e.g. "115,6%". */
  readonly asWritten?: string;
}
