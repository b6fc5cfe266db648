import { assertIterable } from './assertIterable';
import { parseAmount } from './parseAmount';

/** Up to 15 digits: exact as a JS number, and a running total below 5e15 stays exact too. */
const SMALL = /^-?\d{1,15}$/;
const FLUSH = 4e15;

/**
 * @internal Sums whole-đồng amounts exactly. Amounts of up to 15 digits are added as JS numbers, which is
 * exact below 2^53, and the running number is moved into a bigint total before it can reach that bound;
 * anything longer goes through bigint directly. The result is the exact bigint sum either way.
 */
export function sumAmounts(amounts: unknown, parameter: string): bigint {
  assertIterable<unknown>(amounts, parameter);
  let big = 0n;
  let small = 0;
  let index = 0;
  for (const value of amounts) {
    if (typeof value === 'string' && value.length <= 16 && SMALL.test(value)) {
      small += Number(value);
    } else if (
      typeof value === 'number' &&
      Number.isSafeInteger(value) &&
      value < 1e15 &&
      value > -1e15
    ) {
      small += value;
    } else {
      big += parseAmount(value, `${parameter}[${index}]`);
    }
    if (small > FLUSH || small < -FLUSH) {
      big += BigInt(small);
      small = 0;
    }
    index += 1;
  }
  return big + BigInt(small);
}
