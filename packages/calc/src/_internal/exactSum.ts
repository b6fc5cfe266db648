/** Up to 15 digits (`-?\d{1,15}`): exact as a JS number, and a running total below 5e15 stays exact too. */
const SMALL_DIGITS = 15;
/** A running number is moved into the bigint part before it passes this bound (2^53 ≈ 9e15). */
export const FLUSH = 4e15;

/**
 * @internal A whole-đồng amount of at most 15 digits (an integer string or a safe-integer number) as a JS
 * number, which is exact; `undefined` for anything else (longer, a bigint, or not an amount at all: the
 * caller parses it with `parseAmount`, which throws the right error).
 */
export function smallAmount(value: unknown): number | undefined {
  if (typeof value === 'string') {
    // Read digit by digit (no regular expression): this runs on every amount summed.
    const length = value.length;
    const negative = length > 1 && value.charCodeAt(0) === 45;
    let index = negative ? 1 : 0;
    if (length === index || length - index > SMALL_DIGITS) return undefined;
    let number = 0;
    for (; index < length; index++) {
      const digit = value.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) return undefined;
      number = number * 10 + digit;
    }
    return negative ? -number : number;
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value < 1e15 && value > -1e15) {
    return value;
  }
  return undefined;
}

/**
 * @internal An exact running sum of whole đồng: small amounts are added as JS numbers, exact below 2^53,
 * and the running number is moved into a bigint before it can reach that bound; bigints go to the bigint
 * directly. `value()` is the exact total and changes nothing.
 */
export class ExactSum {
  private small = 0;
  private big = 0n;

  /** Adds an amount: a number from {@link smallAmount}, or a bigint. */
  add(amount: number | bigint): void {
    if (typeof amount === 'bigint') {
      this.big += amount;
      return;
    }
    const next = this.small + amount;
    if (next > FLUSH || next < -FLUSH) {
      this.big += BigInt(next);
      this.small = 0;
    } else {
      this.small = next;
    }
  }

  /** The exact total so far. */
  value(): bigint {
    return this.big + BigInt(this.small);
  }
}
