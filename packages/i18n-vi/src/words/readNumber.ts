import { toDecimal } from '../_internal/decimal';
import { numberReader, readFraction, readInteger } from '../_internal/numberReader';
import type { ReadNumberOptions } from './ReadNumberOptions';

/**
 * Reads a number in Vietnamese words, in lower case, at any size: groups of three are read fully after the
 * first non-zero group ("một nghìn không trăm lẻ một"), all-zero groups are skipped, and the scales go on as
 * nghìn, triệu, tỷ, nghìn tỷ, triệu tỷ, tỷ tỷ… Decimals follow "phẩy": leading zeros one by one, then up to
 * three digits as a number, longer tails digit by digit. Negative numbers start with "âm".
 *
 * @param value - a decimal string (`'27.312'`), a bigint or a safe-integer number.
 * @param options - the spelling variants (lẻ/linh, tư/bốn, nghìn/ngàn, tỷ/tỉ, phẩy/chấm).
 * @returns the words, e.g. `'hai mươi bảy phẩy ba trăm mười hai'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_NUMBER` for a value that is not a number (floats such as `0.1`,
 *   `'1e3'`), or one of more than `MAX_AMOUNT_DIGITS` (300) digits as written (details `reason: 'too-long'`, `limit`);
 *   `INVALID_OPTION` for bad options.
 * @category Amounts in words
 * @example
 * ```ts
 * import { readNumber } from '@khuyencong/i18n-vi';
 * [readNumber(1001), readNumber('1100000000000'), readNumber(10n ** 18n), readNumber('0.007')]
 * //=> ['một nghìn không trăm lẻ một', 'một nghìn một trăm tỷ', 'một tỷ tỷ', 'không phẩy không không bảy']
 * readNumber('-24', { four: 'bốn', billion: 'tỉ' })
 * //=> 'âm hai mươi bốn'
 * (() => { try { return readNumber('9'.repeat(301)); } catch (error) { return (error as { code: string; details: { reason?: string } }).details.reason ?? (error as { code: string }).code; } })()
 * //=> 'too-long'
 * ```
 */
export function readNumber(value: string | bigint | number, options?: ReadNumberOptions): string {
  const reader = numberReader(options, 'readNumber');
  const decimal = toDecimal(value, 'number');
  const words =
    decimal.frac === ''
      ? readInteger(decimal.int, reader)
      : readInteger(decimal.int, reader) + reader.point + readFraction(decimal.frac, reader);
  return decimal.negative ? `âm ${words}` : words;
}
