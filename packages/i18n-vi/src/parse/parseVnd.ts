import {
  type AmountQualifier,
  MAX_AMOUNT_DIGITS,
  type ReportedAmount,
  type VndAmount,
} from '@khuyencong/domain';
import { describeValue, detailValue } from '@khuyencong/internal';
import { decimalToString, shiftDecimal } from '../_internal/decimal';
import { fail } from '../_internal/fail';
import { choiceOption, optionsRecord } from '../_internal/options';
import { DECIMAL_MARKS, readDecimalText } from '../_internal/readDecimalText';
import { VND_UNIT_EXPONENTS } from '../_internal/vndUnitExponents';
import { VND_UNITS, type VndUnit } from '../format/VndUnit';
import type { ParseNumberOptions } from './ParseNumberOptions';

/**
 * Options of {@link parseVnd}.
 *
 * @category Parsing
 */
export interface ParseVndOptions extends ParseNumberOptions {
  /**
   * The unit of a bare number with no unit word and no currency, as in a table headed "Đơn vị: triệu đồng".
   * Without it such a number is ambiguous.
   */
  readonly unit?: VndUnit;
}

const QUALIFIERS: Readonly<Record<string, AmountQualifier>> = {
  hơn: 'more-than',
  trên: 'more-than',
  dưới: 'less-than',
  gần: 'nearly',
  khoảng: 'about',
  ước: 'about',
  'ước tính': 'about',
  'ước khoảng': 'about',
  'xấp xỉ': 'about',
};
const SHAPE =
  /^(?:(hơn|trên|dưới|gần|khoảng|ước tính|ước khoảng|ước|xấp xỉ)\s+)?([+\-\u2212]?\s*\d[\d.,]*)\s*(.*)$/su;
const INNER_SCALES: Readonly<Record<string, number>> = { nghìn: 3, ngàn: 3, triệu: 6 };
const BILLIONS: readonly string[] = ['tỷ', 'tỉ'];
const CURRENCIES: readonly string[] = ['đồng', 'đ', '₫', 'vnd', 'vnđ'];
const FN = 'parseVnd';

/**
 * The power of ten of the unit words and whether a unit or currency was stated, or `undefined` when the words
 * are not a unit and a currency.
 */
function unitExponent(words: string): { exponent: number; stated: boolean } | undefined {
  const tokens = words
    .replace(/(đồng|vnđ|vnd|đ|₫)$/u, ' $1')
    .split(' ')
    .filter((token) => token !== '');
  let index = 0;
  let exponent = 0;
  const inner = INNER_SCALES[tokens[0] ?? ''];
  if (inner !== undefined) {
    exponent = inner;
    index = 1;
  }
  while (BILLIONS.includes(tokens[index] ?? '')) {
    exponent += 9;
    index += 1;
  }
  if (index < tokens.length && CURRENCIES.includes(tokens[index] ?? '')) index += 1;
  if (index !== tokens.length) return undefined;
  return { exponent, stated: tokens.length > 0 };
}

/**
 * Reads an amount as Vietnamese reports print it, with the approximate word in front of it if any: "73,5 tỷ
 * đồng", "hơn 9 tỷ đồng", "5.011 triệu đồng", "2,035 tỉ đồng", "150 ngàn đồng", "73.500.000.000đ",
 * "73.500.000.000 VND". Rules:
 * - the number follows `parseNumber`: "." groups thousands, "," is always the decimal mark ("1,680 tỷ đồng" is
 *   1.680.000.000 đồng), English-style numbers are ambiguous unless `decimalMark: '.'`;
 * - the unit is nghìn/ngàn, triệu, tỷ/tỉ, or a combination such as "nghìn tỷ" or "triệu tỷ"; the currency is
 *   "đồng", "đ", "₫", "VND" or "VNĐ" (case-insensitive, with or without a space);
 * - a bare number with neither unit nor currency ("1.680") is ambiguous unless `unit` is given;
 * - qualifiers: "hơn", "trên" (`more-than`), "dưới" (`less-than`), "gần" (`nearly`), "khoảng", "ước",
 *   "ước tính", "xấp xỉ" (`about`);
 * - the result must be whole đồng.
 *
 * @param text - the amount as printed.
 * @param options - `decimalMark` (default `','`) and `unit` for bare numbers.
 * @returns a `ReportedAmount`: `amount` in whole đồng, `qualifier` when there is one, and `asWritten`, the
 *   trimmed text.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_AMOUNT_TEXT` for text that is not an amount (or not a string),
 *   `AMBIGUOUS_AMOUNT` for a bare number or an English-style number, `FRACTIONAL_DONG` when the amount is not
 *   whole đồng ("0,5 đồng"), `INVALID_OPTION` for bad options; `INVALID_AMOUNT_TEXT` with `reason: 'too-long'`
 *   for an amount of more than `MAX_AMOUNT_DIGITS` (300) digits.
 * @category Parsing
 * @example
 * ```ts
 * import { parseVnd } from '@khuyencong/i18n-vi';
 * parseVnd('hơn 9 tỷ đồng')
 * //=> { amount: '9000000000', qualifier: 'more-than', asWritten: 'hơn 9 tỷ đồng' }
 * [parseVnd('1,680 tỷ đồng').amount, parseVnd('5.011 triệu đồng').amount, parseVnd('73.500.000.000đ').amount, parseVnd('262,5', { unit: 'trieu' }).amount]
 * //=> ['1680000000', '5011000000', '73500000000', '262500000']
 * ```
 */
export function parseVnd(text: string, options?: ParseVndOptions): ReportedAmount {
  const record = optionsRecord(options, FN);
  const mark = choiceOption(record, 'decimalMark', DECIMAL_MARKS, ',', FN);
  const { unit: unitOption } = record;
  const defaultUnit =
    unitOption === undefined ? undefined : choiceOption(record, 'unit', VND_UNITS, 'dong', FN);
  if (typeof text !== 'string') {
    return fail('INVALID_AMOUNT_TEXT', `parseVnd expects a string, got ${describeValue(text)}.`, {
      value: detailValue(text),
    });
  }
  const asWritten = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const shape = SHAPE.exec(asWritten.toLowerCase());
  const unit = shape === null ? undefined : unitExponent(shape[3] ?? '');
  if (shape === null || unit === undefined) {
    return fail('INVALID_AMOUNT_TEXT', `${JSON.stringify(text)} is not an amount of đồng.`, {
      value: text,
    });
  }
  if (!unit.stated && defaultUnit === undefined) {
    return fail(
      'AMBIGUOUS_AMOUNT',
      `${JSON.stringify(text)} has no unit or currency (đồng? triệu đồng?); pass the unit option.`,
      { value: text },
    );
  }
  const number = readDecimalText(shape[2] ?? '', mark);
  if (!number.ok) {
    if (number.ambiguous === undefined) {
      return fail('INVALID_AMOUNT_TEXT', `${JSON.stringify(text)} does not hold a number.`, {
        value: text,
      });
    }
    return fail(
      'AMBIGUOUS_AMOUNT',
      `The number in ${JSON.stringify(text)} is not written with "${mark}" as the decimal mark, but would be ${number.ambiguous} in the other convention; pass decimalMark to choose.`,
      { value: text, otherReading: number.ambiguous },
    );
  }
  const exponent =
    unit.stated || defaultUnit === undefined ? unit.exponent : VND_UNIT_EXPONENTS[defaultUnit];
  const amount = shiftDecimal(number.value, exponent);
  if (amount.frac !== '') {
    return fail(
      'FRACTIONAL_DONG',
      `${JSON.stringify(text)} is not a whole number of đồng (${decimalToString(amount)}).`,
      {
        value: text,
        amount: decimalToString(amount),
      },
    );
  }
  const digits = amount.int.length;
  if (digits > MAX_AMOUNT_DIGITS) {
    return fail(
      'INVALID_AMOUNT_TEXT',
      `${FN}: the amount has ${digits} digits, more than ${MAX_AMOUNT_DIGITS}.`,
      { value: detailValue(text), reason: 'too-long', limit: String(MAX_AMOUNT_DIGITS) },
    );
  }
  const qualifier = shape[1] === undefined ? undefined : QUALIFIERS[shape[1]];
  const value = decimalToString(amount) as VndAmount;
  return qualifier === undefined
    ? { amount: value, asWritten }
    : { amount: value, qualifier, asWritten };
}
