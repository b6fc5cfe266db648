import { assertIterable } from './assertIterable';
import { ExactSums, smallAmount } from './exactSum';
import { parseAmount } from './parseAmount';

/**
 * @internal Sums whole-đồng amounts exactly: amounts of up to 15 digits are added as JS numbers (exact,
 * see {@link ExactSums}), anything longer through bigint. The result is the exact bigint sum either way.
 */
export function sumAmounts(amounts: unknown, parameter: string): bigint {
  assertIterable<unknown>(amounts, parameter);
  const total = new ExactSums(1);
  let index = 0;
  for (const value of amounts) {
    total.add(0, smallAmount(value) ?? parseAmount(value, parameter, index));
    index += 1;
  }
  return total.value(0);
}
