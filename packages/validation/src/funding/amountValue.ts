import { type AmountInput, subtract } from '@khuyencong/calc';

/**
 * @internal An exact amount of whole đồng as the funding rules compute with it: a JS number while it is a
 * safe integer (a few parts of up to 15 digits add up exactly), a bigint beyond.
 */
export type ExactAmount = number | bigint;

/** The longest amount read at once (as calc's own limit, 300 digits). */
const MAX_DIGITS = 300;
/** Up to this many digits an amount is read as a number: sums of a few such amounts are still exact. */
const SMALL_DIGITS = 15;

/**
 * @internal An amount the funding rules read: a whole-đồng string (what a parsed `Project` holds) is read at
 * once, as a number when it has at most 15 digits, else as a bigint; anything else goes through calc, so that
 * what is not an amount fails as calc fails (`INVALID_AMOUNT`).
 */
export function amountValue(value: unknown): ExactAmount {
  if (typeof value === 'string') {
    const length = value.length;
    const negative = length > 1 && value.charCodeAt(0) === 45;
    let index = negative ? 1 : 0;
    if (length > 0 && length - index <= SMALL_DIGITS) {
      let number = 0;
      for (; index < length; index++) {
        const digit = value.charCodeAt(index) - 48;
        if (digit < 0 || digit > 9) break;
        number = number * 10 + digit;
      }
      if (index === length) return negative ? -number : number;
    } else if (length <= MAX_DIGITS && /^-?\d+$/.test(value)) {
      return BigInt(value);
    }
  }
  return BigInt(subtract(value as AmountInput, 0));
}

/** @internal `a + b`, exactly. */
export function plus(a: ExactAmount, b: ExactAmount): ExactAmount {
  if (typeof a === 'number' && typeof b === 'number') {
    const total = a + b;
    if (Number.isSafeInteger(total)) return total;
  }
  return BigInt(a) + BigInt(b);
}

/** @internal `a - b`, exactly. */
export function minus(a: ExactAmount, b: ExactAmount): ExactAmount {
  if (typeof a === 'number' && typeof b === 'number') {
    const difference = a - b;
    if (Number.isSafeInteger(difference)) return difference;
  }
  return BigInt(a) - BigInt(b);
}

/** @internal The amount as whole đồng text, as calc writes it (`-5`, `0`, `1360000000`). */
export function amountText(amount: ExactAmount): `${bigint}` {
  // Through a bigint (`-0` gives `0`): V8 writes a small bigint as text several times faster than a JS number
  // above 2^31, and this runs on most đề án (the implied counterpart).
  return `${typeof amount === 'number' ? BigInt(amount) : amount}` as `${bigint}`;
}
