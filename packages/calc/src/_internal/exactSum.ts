/** Up to 15 digits (`-?\d{1,15}`): exact as a JS number, and a running total below 5e15 stays exact too. */
const SMALL_DIGITS = 15;
/** A running number is moved into the bigint part before it passes this bound (2^53 ≈ 9e15). */
const FLUSH = 4e15;

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
 * @internal Exact running sums of whole đồng, in `size` slots: small amounts are added as JS numbers, exact
 * below 2^53, and a slot's running number is moved into its bigint before it can reach that bound; bigints go
 * to the bigint directly. `value(slot)` is the exact total of a slot and changes nothing. One object holds
 * every slot, so that a roll-up group with five sums is one object, not five.
 */
export class ExactSums {
  readonly #small: Float64Array;
  readonly #big: bigint[];

  constructor(size: number) {
    this.#small = new Float64Array(size);
    this.#big = new Array<bigint>(size).fill(0n);
  }

  /** Adds an amount to a slot: a number from {@link smallAmount}, or a bigint. */
  add(slot: number, amount: number | bigint): void {
    if (typeof amount === 'bigint') {
      this.#big[slot] = (this.#big[slot] as bigint) + amount;
      return;
    }
    if (amount === 0) return;
    const next = (this.#small[slot] as number) + amount;
    if (next > FLUSH || next < -FLUSH) {
      this.#big[slot] = (this.#big[slot] as bigint) + BigInt(next);
      this.#small[slot] = 0;
    } else {
      this.#small[slot] = next;
    }
  }

  /** The exact total of a slot so far. */
  value(slot: number): bigint {
    return (this.#big[slot] as bigint) + BigInt(this.#small[slot] as number);
  }
}
