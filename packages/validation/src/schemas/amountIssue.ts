/**
 * Why a value is not an amount of whole đồng: `type` (not a string, bigint or number), `format` (a string that
 * is not a plain integer: grouping `1.000.000`, spaces, `+`, leading zeros, `-0`), `exponent` (`'1e6'`),
 * `fraction` (`'1.5'`, `1.5`), `unsafe-number` (a number beyond ±2^53 − 1, which has lost its exact value),
 * `not-finite` (`NaN`, `Infinity`), `negative` (below zero where a cost is meant).
 *
 * @category Schemas
 */
export type AmountIssueReason =
  | 'type'
  | 'format'
  | 'exponent'
  | 'fraction'
  | 'unsafe-number'
  | 'not-finite'
  | 'negative';

const CANONICAL = /^(?:0|-?[1-9]\d*)$/;
const EXPONENT = /^[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;
const FRACTION = /^-?\d+\.\d*[1-9]\d*$/;

/** @internal Why a value is not a whole-đồng amount, or `undefined` when it is one. */
export function amountIssue(value: unknown, allowNegative: boolean): AmountIssueReason | undefined {
  let negative: boolean;
  if (typeof value === 'string') {
    if (!CANONICAL.test(value)) {
      if (EXPONENT.test(value)) return 'exponent';
      return FRACTION.test(value) ? 'fraction' : 'format';
    }
    negative = value.startsWith('-');
  } else if (typeof value === 'bigint') {
    negative = value < 0n;
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'not-finite';
    if (!Number.isInteger(value)) return 'fraction';
    if (!Number.isSafeInteger(value)) return 'unsafe-number';
    negative = value < 0;
  } else {
    return 'type';
  }
  return negative && !allowNegative ? 'negative' : undefined;
}
