import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSums, smallAmount } from './exactSum';

/** Amounts just under the 15-digit fast-path bound: their running number passes 2^53 within ten adds. */
const nearBound = fc.oneof(
  fc.integer({ min: 9 * 10 ** 14, max: 10 ** 15 - 1 }),
  fc.integer({ min: -(10 ** 15) + 1, max: -9 * 10 ** 14 }),
  fc.bigInt({ min: 9n * 10n ** 14n, max: 10n ** 15n - 1n }).map(String),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
);

describe('ExactSums', () => {
  it('is the exact bigint sum, however far the running number would pass 2^53', () => {
    fc.assert(
      fc.property(
        fc.array(nearBound, { minLength: 10, maxLength: 80 }),
        fc.boolean(),
        (amounts, sameSign) => {
          const list = sameSign
            ? amounts.map((a) => (typeof a === 'bigint' ? (a < 0n ? -a : a) : a))
            : amounts;
          // Every amount in slot 0, every other one in slot 2 as well; slot 1 gets nothing.
          const total = new ExactSums(3);
          list.forEach((amount, index) => {
            const read = smallAmount(amount) ?? BigInt(amount);
            total.add(0, read);
            if (index % 2 === 0) total.add(2, read);
          });
          expect(total.value(0)).toBe(list.reduce<bigint>((t, a) => t + BigInt(a), 0n));
          expect(total.value(1)).toBe(0n);
          expect(total.value(2)).toBe(
            list.reduce<bigint>((t, a, index) => (index % 2 === 0 ? t + BigInt(a) : t), 0n),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('takes only amounts of at most 15 digits as numbers', () => {
    expect([
      smallAmount('999999999999999'),
      smallAmount('-999999999999999'),
      smallAmount(7),
    ]).toEqual([999999999999999, -999999999999999, 7]);
    expect([
      smallAmount('1000000000000000'),
      smallAmount(10 ** 15),
      smallAmount('1.5'),
      smallAmount(1n),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
