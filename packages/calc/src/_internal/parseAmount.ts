import { MAX_AMOUNT_DIGITS } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import { calcError } from './calcError';

/** @internal Longest accepted digit string (domain's MAX_AMOUNT_DIGITS). */
export const MAX_DIGITS: number = MAX_AMOUNT_DIGITS;

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** The smallest magnitude with more than {@link MAX_DIGITS} digits, and its negative. */
const TOO_LARGE = 10n ** BigInt(MAX_AMOUNT_DIGITS);
const TOO_SMALL = -TOO_LARGE;

/**
 * @internal Whether a string has too many characters to be a number of at most {@link MAX_DIGITS} digits:
 * more than the digits, a sign and (for a decimal) a point. The one length check every string amount and
 * decimal passes before a pattern reads it; `extra` is 1 for an integer, 2 for a decimal.
 */
function tooLong(value: string, extra: number): boolean {
  if (value.length <= MAX_DIGITS) return false;
  if (value.length > MAX_DIGITS + extra) return true;
  const signs = value.charCodeAt(0) === 45 ? 1 : 0;
  const points = extra === 2 && value.includes('.') ? 1 : 0;
  return value.length - signs - points > MAX_DIGITS;
}

/** The name of a parameter, or of its item `index` (when not -1). */
function named(parameter: string, index: number): string {
  return index < 0 ? parameter : `${parameter}[${index}]`;
}

/** @internal Whether a bigint has more than {@link MAX_DIGITS} digits. */
function bigintTooLong(value: bigint): boolean {
  return value >= TOO_LARGE || value <= TOO_SMALL;
}

/**
 * @internal Parses a whole-đồng amount to bigint, or throws `INVALID_AMOUNT` naming the parameter: a string
 * or a bigint of at most {@link MAX_DIGITS} digits (`too-long` beyond, the sign not counted), or a safe
 * integer. Anything else, a boxed `new String('1')` included, is the reason `type`. `index`, for an item of
 * a list, makes the name `parameter[index]`, built only for an error (no string per item read).
 */
export function parseAmount(value: unknown, parameter: string, index = -1): bigint {
  if (typeof value === 'string') {
    if (!tooLong(value, 1) && INTEGER.test(value)) return BigInt(value);
    const reason = tooLong(value, 1) ? 'too-long' : DECIMAL.test(value) ? 'fraction' : 'format';
    throw invalidAmount(value, named(parameter, index), reason);
  }
  if (typeof value === 'bigint') {
    if (bigintTooLong(value)) throw invalidAmount(value, named(parameter, index), 'too-long');
    return value;
  }
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return BigInt(value);
    throw invalidAmount(value, named(parameter, index), numberReason(value, 'fraction'));
  }
  throw invalidAmount(value, named(parameter, index), 'type');
}

/** @internal Like {@link parseAmount}, and the amount must not be negative. */
export function parseNonNegativeAmount(value: unknown, parameter: string, index = -1): bigint {
  const amount = parseAmount(value, parameter, index);
  if (amount < 0n) throw invalidAmount(value, named(parameter, index), 'negative');
  return amount;
}

/** @internal The `INVALID_AMOUNT` error. */
export function invalidAmount(value: unknown, parameter: string, reason: string): Error {
  return calcError(
    'INVALID_AMOUNT',
    `Expected ${parameter} to be whole đồng (integer string, bigint or safe integer), got ${describeValue(value)} (${reason}).`,
    { parameter, value: describeValue(value), reason },
  );
}

/** @internal An exact decimal: `units / 10^scale`. */
export interface ScaledDecimal {
  readonly units: bigint;
  readonly scale: number;
}

/**
 * @internal Parses a decimal number (percent, factor, ratio): a plain decimal string (`'52.03'`, `'-0.5'`,
 * `'030'`), a bigint or a safe-integer number; anything else throws `INVALID_DECIMAL`.
 */
export function parseDecimal(value: unknown, parameter: string, index = -1): ScaledDecimal {
  if (typeof value === 'string') {
    if (!tooLong(value, 2) && DECIMAL.test(value)) {
      const point = value.indexOf('.');
      if (point < 0) return { units: BigInt(value), scale: 0 };
      return {
        units: BigInt(value.slice(0, point) + value.slice(point + 1)),
        scale: value.length - point - 1,
      };
    }
    throw invalidDecimal(value, named(parameter, index), tooLong(value, 2) ? 'too-long' : 'format');
  }
  if (typeof value === 'bigint') {
    if (bigintTooLong(value)) throw invalidDecimal(value, named(parameter, index), 'too-long');
    return { units: value, scale: 0 };
  }
  if (typeof value === 'number' && Number.isSafeInteger(value))
    return { units: BigInt(value), scale: 0 };
  const reason = typeof value === 'number' ? numberReason(value, 'float') : 'type';
  throw invalidDecimal(value, named(parameter, index), reason);
}

/** @internal The `INVALID_DECIMAL` error. */
export function invalidDecimal(value: unknown, parameter: string, reason: string): Error {
  return calcError(
    'INVALID_DECIMAL',
    `Expected ${parameter} to be a plain decimal string such as "52.03" (or a bigint or safe integer), got ${describeValue(value)} (${reason}).`,
    { parameter, value: describeValue(value), reason },
  );
}

function numberReason(value: number, fractionReason: string): string {
  if (!Number.isFinite(value)) return 'not-finite';
  return Number.isInteger(value) ? 'unsafe-number' : fractionReason;
}
