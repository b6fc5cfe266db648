import { MAX_AMOUNT_DIGITS } from '@khuyencong/domain';

/**
 * Why a value is not an amount of whole đồng: `type` (not a string, bigint or number), `format` (a string that
 * is not a plain integer: grouping `1.000.000`, spaces, `+`, leading zeros, `-0`), `exponent` (`'1e6'`),
 * `fraction` (`'1.5'`, `1.5`), `too-long` (more than {@link @khuyencong/domain!MAX_AMOUNT_DIGITS | MAX_AMOUNT_DIGITS}
 * (300) digits, as a string or a bigint: a string of more than 301 characters is not read further),
 * `unsafe-number` (a number beyond ±2^53 − 1, which has lost its exact value), `not-finite` (`NaN`,
 * `Infinity`), `negative` (below zero where a cost is meant).
 *
 * @category Schemas
 */
export type AmountIssueReason =
  | 'type'
  | 'format'
  | 'exponent'
  | 'fraction'
  | 'too-long'
  | 'unsafe-number'
  | 'not-finite'
  | 'negative';

/**
 * @internal The patterns an amount string is told apart with. Each is unambiguous (no two quantifiers can
 * share a character, no nested quantifier), so a backtracking engine runs it in linear time whatever the
 * input (the former `\d+\.?\d*` and `\d*[1-9]\d*` took 9 s on `'1'.repeat(1e5) + 'x'`); and
 * {@link amountIssue} runs them on at most 301 characters anyway.
 */
export const AMOUNT_PATTERNS: {
  readonly canonical: RegExp;
  readonly exponent: RegExp;
  readonly fraction: RegExp;
} = {
  /** `0` or a signed integer without leading zeros. */
  canonical: /^(?:0|-?[1-9]\d*)$/,
  /** Exponent notation: `1e6`, `2.5E+9`, `.5e1` (digits, an optional point and digits, or a point and digits). */
  exponent: /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+$/,
  /** A decimal with a non-zero fraction: `1.5`, `899000000.05` (not `1.0`, which is `format`). */
  fraction: /^-?\d+\.0*[1-9]\d*$/,
};

/** The longest string read: a sign and {@link MAX_AMOUNT_DIGITS} digits. */
const MAX_LENGTH = MAX_AMOUNT_DIGITS + 1;
/** The smallest magnitude with more than {@link MAX_AMOUNT_DIGITS} digits, and its negative. */
const TOO_LARGE = 10n ** BigInt(MAX_AMOUNT_DIGITS);
const TOO_SMALL = -TOO_LARGE;

/**
 * Whether `value` matches {@link AMOUNT_PATTERNS}' `canonical` (`0`, or an optional `-` and digits not
 * starting with 0), read character by character: it runs on every amount of every parsed project.
 */
function isCanonical(value: string): boolean {
  const length = value.length;
  let index = value.charCodeAt(0) === 45 ? 1 : 0;
  if (index === length) return false;
  const first = value.charCodeAt(index);
  if (first === 48) return length === 1;
  if (first < 49 || first > 57) return false;
  for (index += 1; index < length; index++) {
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** @internal Why a value is not a whole-đồng amount, or `undefined` when it is one. */
export function amountIssue(value: unknown, allowNegative: boolean): AmountIssueReason | undefined {
  let negative: boolean;
  if (typeof value === 'string') {
    if (value.length > MAX_LENGTH) return 'too-long';
    if (!isCanonical(value)) {
      if (AMOUNT_PATTERNS.exponent.test(value)) return 'exponent';
      return AMOUNT_PATTERNS.fraction.test(value) ? 'fraction' : 'format';
    }
    negative = value.charCodeAt(0) === 45;
    if (value.length === MAX_LENGTH && !negative) return 'too-long';
  } else if (typeof value === 'bigint') {
    negative = value < 0n;
    if (value >= TOO_LARGE || value <= TOO_SMALL) return 'too-long';
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
