import { toDecimal } from '../_internal/decimal';
import { formatWith, numberOptions } from '../_internal/numberOptions';
import { optionsRecord } from '../_internal/options';
import type { FormatNumberOptions } from './FormatNumberOptions';

/**
 * Writes a number the Vietnamese way: "." groups thousands and "," marks decimals (Luật Kế toán); with
 * `lang: 'en'`, the English way ("1,234,567.891"). Exact at any size: the digits are never put through a JS
 * floating-point number.
 *
 * @param value - a decimal string (`'1234567.891'`), a bigint or a safe-integer number.
 * @param options - fraction digits, rounding and `lang`; by default every fraction digit is kept.
 * @returns the formatted number, e.g. `'1.234.567,891'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_NUMBER` for anything else (floats such as `0.1`, `'1e3'`, `NaN`)
 *   and for more than `MAX_AMOUNT_DIGITS` (300) digits (details `reason: 'too-long'`);
 *   `INVALID_OPTION` for bad options; `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'` or `'en'`.
 * @category Formatting
 * @example
 * ```ts
 * import { formatNumber } from '@khuyencong/i18n-vi';
 * [formatNumber('1234567.891'), formatNumber(12345678901234567890n), formatNumber('2.5', { maximumFractionDigits: 0 })]
 * //=> ['1.234.567,891', '12.345.678.901.234.567.890', '3']
 * [formatNumber('1234567.891', { lang: 'en' }), formatNumber(2000, { lang: 'en' })]
 * //=> ['1,234,567.891', '2,000']
 * ```
 */
export function formatNumber(
  value: string | bigint | number,
  options?: FormatNumberOptions,
): string {
  const resolved = numberOptions(optionsRecord(options, 'formatNumber'), undefined, 'formatNumber');
  return formatWith(toDecimal(value, 'number'), resolved);
}
