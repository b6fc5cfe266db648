import { MAX_AMOUNT_DIGITS } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import { calcError } from './calcError';

/** @internal Longest accepted digit string (domain's MAX_AMOUNT_DIGITS). */
export const MAX_DIGITS: number = MAX_AMOUNT_DIGITS;

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** @internal Parses a whole-đồng amount to bigint, or throws `INVALID_AMOUNT` naming the parameter. */
export function parseAmount(value: unknown, parameter: string): bigint {
  if (typeof value === 'string') {
    if (value.length <= MAX_DIGITS && INTEGER.test(value)) return BigInt(value);
    const reason =
      value.length > MAX_DIGITS ? 'too-long' : DECIMAL.test(value) ? 'fraction' : 'format';
    throw invalidAmount(value, parameter, reason);
  }
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return BigInt(value);
    throw invalidAmount(value, parameter, numberReason(value, 'fraction'));
  }
  throw invalidAmount(value, parameter, 'type');
}

/** @internal Like {@link parseAmount}, and the amount must not be negative. */
export function parseNonNegativeAmount(value: unknown, parameter: string): bigint {
  const amount = parseAmount(value, parameter);
  if (amount < 0n) throw invalidAmount(value, parameter, 'negative');
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
export function parseDecimal(value: unknown, parameter: string): ScaledDecimal {
  if (typeof value === 'string') {
    if (value.length <= MAX_DIGITS && DECIMAL.test(value)) {
      const point = value.indexOf('.');
      if (point < 0) return { units: BigInt(value), scale: 0 };
      return {
        units: BigInt(value.slice(0, point) + value.slice(point + 1)),
        scale: value.length - point - 1,
      };
    }
    throw invalidDecimal(value, parameter, value.length > MAX_DIGITS ? 'too-long' : 'format');
  }
  if (typeof value === 'bigint') return { units: value, scale: 0 };
  if (typeof value === 'number' && Number.isSafeInteger(value))
    return { units: BigInt(value), scale: 0 };
  const reason = typeof value === 'number' ? numberReason(value, 'float') : 'type';
  throw invalidDecimal(value, parameter, reason);
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
