import { MAX_AMOUNT_DIGITS } from './MAX_AMOUNT_DIGITS';
import type { VndAmount } from './VndAmount';

const CANONICAL_INTEGER = /^(?:0|-?[1-9]\d*)$/;

/**
 * Whether a value is a canonical {@link VndAmount} string (whole đồng, no grouping or exponent, at most
 * {@link MAX_AMOUNT_DIGITS} digits).
 *
 * @param value - anything.
 * @returns `true` for `'73500000000'`, `false` for `'73.500.000.000'`, `'7.35e10'`, `'-0'`, `'007'` or a number.
 * @category Money
 * @example
 * ```ts
 * import { isVndAmount } from '@khuyencong/domain';
 * [isVndAmount('73500000000'), isVndAmount('73.500.000.000'), isVndAmount('7.35e10'), isVndAmount(735)]
 * //=> [true, false, false, false]
 * ```
 */
export function isVndAmount(value: unknown): value is VndAmount {
  return (
    typeof value === 'string' &&
    value.length <= MAX_AMOUNT_DIGITS + 1 &&
    CANONICAL_INTEGER.test(value) &&
    value.length - (value.startsWith('-') ? 1 : 0) <= MAX_AMOUNT_DIGITS
  );
}
