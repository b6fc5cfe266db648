import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costAmountSchema, vndAmountSchema } from './amountSchemas';

function reason(value: unknown): unknown {
  const result = costAmountSchema.safeParse(value);
  if (result.success) return 'ok';
  const issue = result.error.issues[0];
  if (issue?.code !== 'custom') return issue?.code;
  const { reason } = issue.params ?? {};
  return reason;
}

describe('costAmountSchema', () => {
  it('accepts integer strings, bigints and safe integers and outputs the canonical string', () => {
    expect(costAmountSchema.parse('899000000')).toBe('899000000');
    expect(costAmountSchema.parse(286_000_000)).toBe('286000000');
    expect(costAmountSchema.parse(73_500_000_000n)).toBe('73500000000');
    expect(costAmountSchema.parse('123456789012345678901234567890')).toBe(
      '123456789012345678901234567890',
    );
    expect(costAmountSchema.parse(-0)).toBe('0');
    expect(costAmountSchema.parse(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991');
  });

  it('names why an amount is rejected', () => {
    expect(reason(1.5)).toBe('fraction');
    expect(reason('899000000.5')).toBe('fraction');
    expect(reason('1e6')).toBe('exponent');
    expect(reason('2.5E+9')).toBe('exponent');
    expect(reason('1.000.000')).toBe('format');
    expect(reason('1.000')).toBe('format');
    expect(reason('1 000')).toBe('format');
    expect(reason('+5')).toBe('format');
    expect(reason('007')).toBe('format');
    expect(reason('-0')).toBe('format');
    expect(reason('')).toBe('format');
    expect(reason(-1)).toBe('negative');
    expect(reason('-1')).toBe('negative');
    expect(reason(-1n)).toBe('negative');
    expect(reason(Number.MAX_SAFE_INTEGER + 1)).toBe('unsafe-number');
    expect(reason(1e21)).toBe('unsafe-number');
    expect(reason(Number.NaN)).toBe('not-finite');
    expect(reason(Number.POSITIVE_INFINITY)).toBe('not-finite');
    expect(reason(null)).toBe('type');
    expect(reason(true)).toBe('type');
    expect(reason({ amount: '1' })).toBe('type');
    expect(reason(undefined)).toBe('type');
  });

  it('round-trips every non-negative bigint and safe integer', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (amount) => {
        expect(costAmountSchema.parse(amount)).toBe(amount.toString());
        expect(costAmountSchema.parse(amount.toString())).toBe(amount.toString());
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.maxSafeNat(), (amount) => {
        expect(costAmountSchema.parse(amount)).toBe(String(amount));
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every non-integer double', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }).filter((value) => !Number.isInteger(value)),
        (value) => {
          expect(costAmountSchema.safeParse(value).success).toBe(false);
          expect(vndAmountSchema.safeParse(value).success).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('vndAmountSchema', () => {
  it('accepts negative amounts where a difference is meant', () => {
    expect(vndAmountSchema.parse('-1500000')).toBe('-1500000');
    expect(vndAmountSchema.parse(-1n)).toBe('-1');
    expect(vndAmountSchema.safeParse('-0').success).toBe(false);
  });
});
