import { CURRENCY_WORDS } from '../_internal/currencyWords';
import { type Decimal, shiftDecimal, toWholeDong } from '../_internal/decimal';
import { formatWith, type NumberOptions, numberOptions } from '../_internal/numberOptions';
import { choiceOption, optionsRecord } from '../_internal/options';
import { roundDecimal } from '../_internal/roundDecimal';
import { VND_UNIT_EXPONENTS } from '../_internal/vndUnitExponents';
import type { Language } from '../messages/readLanguage';
import type { FormatNumberOptions } from './FormatNumberOptions';
import type { VndUnit } from './VndUnit';

/**
 * Options of {@link formatVnd}.
 *
 * @category Formatting
 */
export interface FormatVndOptions extends FormatNumberOptions {
  /**
   * The unit: `'dong'` (default), a fixed scaled unit (`'nghin'`, `'trieu'`, `'ty'`, `'nghin-ty'`), or
   * `'auto'`, the largest unit that keeps the rounded integer part at least 1.
   */
  readonly unit?: VndUnit | 'auto';
  /** What ends the amount: `'đồng'` (the default in Vietnamese), `'đ'`, `'₫'`, `'VND'` (the default in English), or `'none'`. */
  readonly suffix?: VndSuffix;
}

/**
 * The currency words {@link formatVnd} can end an amount with (`'none'` for no currency).
 *
 * @category Formatting
 */
export type VndSuffix = 'đồng' | 'đ' | '₫' | 'VND' | 'none';

const SUFFIXES: readonly VndSuffix[] = ['đồng', 'đ', '₫', 'VND', 'none'];
// Written out, not spread from VND_UNITS: a module-level spread is kept by bundlers even when unused.
const UNIT_CHOICES: readonly (VndUnit | 'auto')[] = [
  'dong',
  'nghin',
  'trieu',
  'ty',
  'nghin-ty',
  'auto',
];
/** The word of each scaled unit in each language (the currency word follows it). */
const UNIT_WORDS: Readonly<Record<Language, Readonly<Record<VndUnit, string>>>> = {
  vi: { dong: '', nghin: ' nghìn', trieu: ' triệu', ty: ' tỷ', 'nghin-ty': ' nghìn tỷ' },
  en: { dong: '', nghin: ' thousand', trieu: ' million', ty: ' billion', 'nghin-ty': ' trillion' },
};
const AUTO_ORDER: readonly VndUnit[] = ['nghin-ty', 'ty', 'trieu', 'nghin'];

function autoUnit(amount: Decimal, options: NumberOptions): VndUnit {
  const digits = options.maximumFractionDigits ?? 3;
  for (const unit of AUTO_ORDER) {
    const scaled = shiftDecimal(amount, -VND_UNIT_EXPONENTS[unit]);
    if (roundDecimal(scaled, digits, options.rounding).int !== '0') return unit;
  }
  return 'dong';
}

/**
 * Writes an amount of đồng as Vietnamese reports print it: "73.500.000.000 đồng", or in a scaled unit
 * ("5.011 triệu đồng", "73,5 tỷ đồng"). Scaled amounts keep 3 fraction digits unless told otherwise and round
 * half-up (NĐ 174/2016/NĐ-CP Điều 4); trailing zeros are dropped. Exact at any size. With `lang: 'en'`, the
 * English form of the same figure, unit and rounding: "73,500,000,000 VND", "73.5 billion VND", "5,011 million
 * VND" (`nghin-ty`, 10^12, is "trillion").
 *
 * @param amount - whole đồng: a decimal string (`'73500000000'`), a bigint or a safe-integer number.
 * @param options - `unit`, `suffix`, `lang`, and the fraction-digit and rounding options of {@link formatNumber}.
 * @returns the formatted amount.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_NUMBER` for a value that is not a number (or has more than
 *   `MAX_AMOUNT_DIGITS` (300) digits, details `reason: 'too-long'`), `FRACTIONAL_DONG` for an
 *   amount with a fraction, `INVALID_OPTION` for bad options, `UNSUPPORTED_LANGUAGE` for a `lang` other than
 *   `'vi'` or `'en'`.
 * @category Formatting
 * @example
 * ```ts
 * import { formatVnd } from '@khuyencong/i18n-vi';
 * [formatVnd('73500000000'), formatVnd('73500000000', { unit: 'auto' }), formatVnd(5011000000, { unit: 'trieu' }), formatVnd('84739000000', { unit: 'ty', suffix: 'none' })]
 * //=> ['73.500.000.000 đồng', '73,5 tỷ đồng', '5.011 triệu đồng', '84,739 tỷ']
 * [formatVnd('73500000000', { lang: 'en' }), formatVnd('78600000000', { unit: 'auto', lang: 'en' }), formatVnd('262500000', { unit: 'auto', lang: 'en' })]
 * //=> ['73,500,000,000 VND', '78.6 billion VND', '262.5 million VND']
 * ```
 */
export function formatVnd(amount: string | bigint | number, options?: FormatVndOptions): string {
  const record = optionsRecord(options, 'formatVnd');
  const decimal = toWholeDong(amount);
  const resolved = numberOptions(record, 3, 'formatVnd');
  const chosen = choiceOption(record, 'unit', UNIT_CHOICES, 'dong', 'formatVnd');
  const suffix = choiceOption(
    record,
    'suffix',
    SUFFIXES,
    CURRENCY_WORDS[resolved.lang],
    'formatVnd',
  );
  const unit = chosen === 'auto' ? autoUnit(decimal, resolved) : chosen;
  const number = formatWith(shiftDecimal(decimal, -VND_UNIT_EXPONENTS[unit]), resolved);
  return `${number}${UNIT_WORDS[resolved.lang][unit]}${suffix === 'none' ? '' : ` ${suffix}`}`;
}
