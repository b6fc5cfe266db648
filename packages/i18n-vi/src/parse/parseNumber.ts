import { describeValue, detailValue } from '@khuyencong/internal';
import { decimalToString } from '../_internal/decimal';
import { fail } from '../_internal/fail';
import { choiceOption, optionsRecord } from '../_internal/options';
import { DECIMAL_MARKS, readDecimalText } from '../_internal/readDecimalText';
import type { ParseNumberOptions } from './ParseNumberOptions';

/**
 * Reads a number as Vietnamese texts print it, exactly: "." groups thousands (in groups of exactly three) and
 * "," marks decimals. A single "." followed by three digits is a thousands group ("1.680" is 1680); a text
 * that only makes sense in the English convention ("1,234.5", "0.5", "1,234,567") is refused as ambiguous
 * unless `decimalMark: '.'` chooses that convention. Surrounding spaces and a leading "+", "-" or "−" are allowed.
 *
 * @param text - the printed number.
 * @param options - `decimalMark` (default `','`).
 * @returns a canonical decimal string (`DecimalString`): no grouping, "." as the decimal point, no trailing zeros.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `AMBIGUOUS_NUMBER` for a number in the other convention only,
 *   `INVALID_NUMBER` for anything else that is not a number (including non-string input), `INVALID_OPTION`.
 * @category Parsing
 * @example
 * ```ts
 * import { parseNumber } from '@khuyencong/i18n-vi';
 * [parseNumber('1.234.567,891'), parseNumber('1.680'), parseNumber('-0,50'), parseNumber('1,234.5', { decimalMark: '.' })]
 * //=> ['1234567.891', '1680', '-0.5', '1234.5']
 * ```
 */
export function parseNumber(text: string, options?: ParseNumberOptions): string {
  const mark = choiceOption(
    optionsRecord(options, 'parseNumber'),
    'decimalMark',
    DECIMAL_MARKS,
    ',',
    'parseNumber',
  );
  if (typeof text !== 'string') {
    return fail('INVALID_NUMBER', `parseNumber expects a string, got ${describeValue(text)}.`, {
      value: detailValue(text),
    });
  }
  const result = readDecimalText(text, mark);
  if (result.ok) return decimalToString(result.value);
  if (result.ambiguous !== undefined) {
    return fail(
      'AMBIGUOUS_NUMBER',
      `${JSON.stringify(text)} is not a number with "${mark}" as the decimal mark, but would be ${result.ambiguous} in the other convention; pass decimalMark to choose.`,
      { value: text, otherReading: result.ambiguous },
    );
  }
  return fail('INVALID_NUMBER', `${JSON.stringify(text)} is not a number.`, { value: text });
}
