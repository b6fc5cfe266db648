import { MAX_AMOUNT_DIGITS } from '@khuyencong/domain';
import { describeValue, detailValue } from '@khuyencong/internal';
import { fail } from './fail';

/** A decimal number as digit strings: `int` has no leading zeros ("0" for zero), `frac` no trailing zeros. */
export interface Decimal {
  readonly negative: boolean;
  readonly int: string;
  readonly frac: string;
}

const DECIMAL_INPUT = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Builds a canonical {@link Decimal}: strips leading integer zeros and trailing fraction zeros; no "-0". */
export function makeDecimal(negative: boolean, int: string, frac: string): Decimal {
  let start = 0;
  while (start < int.length - 1 && int.charCodeAt(start) === 48) start += 1;
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end -= 1;
  const i = start === 0 ? int : int.slice(start);
  const f = end === frac.length ? frac : frac.slice(0, end);
  return { negative: negative && (i !== '0' || f !== ''), int: i === '' ? '0' : i, frac: f };
}

/**
 * Reads a numeric input: a decimal string (`'-1234.5'`, no grouping or exponent), a bigint, or a safe-integer
 * number. Anything else is an `INVALID_NUMBER` error: floats are refused because they are not exact. So is a
 * number of more than `MAX_AMOUNT_DIGITS` (300) digits as written, string or bigint (details `reason:
 * 'too-long'`, `limit`): no amount or percent has them, and the words of one grow with the square of its
 * 9-digit blocks. A long string is refused before it is read.
 */
export function toDecimal(value: unknown, what: string): Decimal {
  if (typeof value === 'string') {
    // At most the digits, a sign and a decimal point.
    if (value.length > MAX_AMOUNT_DIGITS + 2) return tooLong(value, what);
    const match = DECIMAL_INPUT.exec(value);
    if (match !== null) {
      const int = match[2] ?? '0';
      const frac = match[3] ?? '';
      if (int.length + frac.length > MAX_AMOUNT_DIGITS) return tooLong(value, what);
      return makeDecimal(match[1] === '-', int, frac);
    }
  } else if (typeof value === 'bigint') {
    const text = value.toString();
    if (text.length - (value < 0n ? 1 : 0) > MAX_AMOUNT_DIGITS) return tooLong(value, what);
    return value < 0n ? makeDecimal(true, text.slice(1), '') : makeDecimal(false, text, '');
  } else if (typeof value === 'number' && Number.isSafeInteger(value)) {
    return makeDecimal(value < 0, String(Math.abs(value)), '');
  }
  const hint =
    typeof value === 'number'
      ? ' Numbers must be safe integers; pass other values as a decimal string.'
      : ' Expected a decimal string such as "-1234.5", a bigint or a safe-integer number.';
  return fail('INVALID_NUMBER', `Invalid ${what}: ${describeValue(value)}.${hint}`, {
    value: detailValue(value),
  });
}

/** A number of more than `MAX_AMOUNT_DIGITS` digits: `INVALID_NUMBER` with `reason: 'too-long'`. */
function tooLong(value: string | bigint, what: string): never {
  return fail(
    'INVALID_NUMBER',
    `Invalid ${what}: ${describeValue(value)} has more than ${MAX_AMOUNT_DIGITS} digits.`,
    { value: detailValue(value), reason: 'too-long', limit: String(MAX_AMOUNT_DIGITS) },
  );
}

/** Reads an amount of whole đồng: as {@link toDecimal}, and a fraction is a `FRACTIONAL_DONG` error. */
export function toWholeDong(value: unknown): Decimal {
  const decimal = toDecimal(value, 'amount');
  if (decimal.frac !== '') {
    fail('FRACTIONAL_DONG', `An amount must be whole đồng, got ${describeValue(value)}.`, {
      value: detailValue(value),
    });
  }
  return decimal;
}

/** Multiplies by 10^exponent (a negative exponent divides), exactly, by moving the decimal point. */
export function shiftDecimal(decimal: Decimal, exponent: number): Decimal {
  const { negative, int, frac } = decimal;
  if (exponent >= 0) {
    const padded = frac.padEnd(exponent, '0');
    return makeDecimal(negative, int + padded.slice(0, exponent), padded.slice(exponent));
  }
  const padded = int.padStart(-exponent + 1, '0');
  const cut = padded.length + exponent;
  return makeDecimal(negative, padded.slice(0, cut), padded.slice(cut) + frac);
}

/** The canonical decimal string of a {@link Decimal}, e.g. `'-1234.5'`. */
export function decimalToString(decimal: Decimal): string {
  const sign = decimal.negative ? '-' : '';
  return decimal.frac === '' ? sign + decimal.int : `${sign}${decimal.int}.${decimal.frac}`;
}
