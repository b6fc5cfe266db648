import { toDecimal } from '../_internal/decimal';
import { formatWith, numberOptions } from '../_internal/numberOptions';
import { optionsRecord } from '../_internal/options';
import type { FormatNumberOptions } from './FormatNumberOptions';

/**
 * Writes percentage points (as `@khuyencong/calc` returns them) with a decimal comma and "%", no space:
 * `'52.03'` → "52,03%"; with `lang: 'en'`, a decimal point: "52.03%".
 *
 * @param percent - percentage points: a decimal string, a bigint or a safe-integer number (`'93.511'` is 93,511%).
 * @param options - as {@link formatNumber} (fraction digits, rounding, `lang`); by default every fraction digit is kept.
 * @returns the formatted percent, e.g. `'52,03%'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_NUMBER` for a value that is not a number (or has more than
 *   `MAX_AMOUNT_DIGITS` (300) digits, details `reason: 'too-long'`); `INVALID_OPTION` for bad options;
 *   `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'` or `'en'`.
 * @category Formatting
 * @example
 * ```ts
 * import { formatPercent } from '@khuyencong/i18n-vi';
 * [formatPercent('52.03'), formatPercent('93.511', { maximumFractionDigits: 1 }), formatPercent(55, { minimumFractionDigits: 1 })]
 * //=> ['52,03%', '93,5%', '55,0%']
 * [formatPercent('93.51', { lang: 'en' }), formatPercent('93.511', { maximumFractionDigits: 1, lang: 'en' })]
 * //=> ['93.51%', '93.5%']
 * ```
 */
export function formatPercent(
  percent: string | bigint | number,
  options?: FormatNumberOptions,
): string {
  const resolved = numberOptions(
    optionsRecord(options, 'formatPercent'),
    undefined,
    'formatPercent',
  );
  return `${formatWith(toDecimal(percent, 'percent'), resolved)}%`;
}
