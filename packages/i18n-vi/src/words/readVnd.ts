import { toWholeDong } from '../_internal/decimal';
import { numberReader, readInteger } from '../_internal/numberReader';
import { choiceOption, optionsRecord } from '../_internal/options';
import type { ReadNumberOptions } from './ReadNumberOptions';

/**
 * Options of {@link readVnd}: the spelling variants of {@link readNumber}, plus capitalisation and "chẵn".
 *
 * @category Amounts in words
 */
export interface ReadVndOptions extends ReadNumberOptions {
  /** Capitalise the first letter, as the "Bằng chữ" line is written (default `true`). */
  readonly capitalize?: boolean;
  /**
   * Append "chẵn" ("exactly"), as invoices and receipts write after round amounts: "Ba trăm triệu đồng chẵn"
   * (default `false`; the word is added whenever this is `true`).
   */
  readonly exact?: boolean;
}

const BOOLEANS: readonly boolean[] = [true, false];

/**
 * Reads an amount of whole đồng for the "Bằng chữ" (amount in words) line of a voucher, decision or invoice:
 * capitalised, ending in "đồng". Exact at any size.
 *
 * @param amount - whole đồng: a decimal string, a bigint or a safe-integer number.
 * @param options - spelling variants, `capitalize` (default `true`) and `exact` ("chẵn").
 * @returns the words, e.g. `'Bảy mươi ba tỷ năm trăm triệu đồng'`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_NUMBER` for a value that is not a number, `FRACTIONAL_DONG` for an
 *   amount with a fraction, `INVALID_NUMBER` with `reason: 'too-long'` for more than `MAX_AMOUNT_DIGITS` (300)
 *   digits, `INVALID_OPTION` for bad options.
 * @category Amounts in words
 * @example
 * ```ts
 * import { readVnd } from '@khuyencong/i18n-vi';
 * readVnd('73500000000')
 * //=> 'Bảy mươi ba tỷ năm trăm triệu đồng'
 * [readVnd(300000000, { exact: true }), readVnd(150000n, { thousand: 'ngàn', capitalize: false })]
 * //=> ['Ba trăm triệu đồng chẵn', 'một trăm năm mươi ngàn đồng']
 * (() => { try { return readVnd(10n ** 300n); } catch (error) { return (error as { code: string; details: { reason?: string } }).details.reason ?? (error as { code: string }).code; } })()
 * //=> 'too-long'
 * ```
 */
export function readVnd(amount: string | bigint | number, options?: ReadVndOptions): string {
  const reader = numberReader(options, 'readVnd');
  const record = optionsRecord(options, 'readVnd');
  const capitalize = choiceOption(record, 'capitalize', BOOLEANS, true, 'readVnd');
  const exact = choiceOption(record, 'exact', BOOLEANS, false, 'readVnd');
  const decimal = toWholeDong(amount);
  const words = `${decimal.negative ? 'âm ' : ''}${readInteger(decimal.int, reader)} đồng${exact ? ' chẵn' : ''}`;
  return capitalize ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}
