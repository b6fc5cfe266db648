import Decimal from 'decimal.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  allocate,
  attainment,
  compare,
  computeSupport,
  multiply,
  percentOf,
  ROUNDING_MODES,
  type RoundingMode,
  shareOf,
  sum,
  TT_28_2018,
} from '../src/index';

const RUNS = { numRuns: 1000 };
const amount = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n });
const nonNegative = fc.bigInt({ min: 0n, max: 10n ** 15n });
/** decimal.js at a precision far above any product here: the oracle for exact decimal results. */
const D = Decimal.clone({ precision: 1000 });
const modes: Record<RoundingMode, Decimal.Rounding> = {
  ceil: D.ROUND_CEIL,
  floor: D.ROUND_FLOOR,
  expand: D.ROUND_UP,
  trunc: D.ROUND_DOWN,
  halfCeil: D.ROUND_HALF_CEIL,
  halfFloor: D.ROUND_HALF_FLOOR,
  halfExpand: D.ROUND_HALF_UP,
  halfTrunc: D.ROUND_HALF_DOWN,
  halfEven: D.ROUND_HALF_EVEN,
};
/** A decimal string with up to 8 places, e.g. `'-0.125'`, `'115.6'`, `'3'`. */
const decimalString = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }))
  .map(([units, scale]) => new D(String(units)).div(10 ** scale).toFixed());

const ratios = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
  .filter((list) => list.some((r) => r > 0));

describe('properties', () => {
  it('allocate: parts sum to the total and differ by at most one đồng from the exact share', () => {
    fc.assert(
      fc.property(
        amount,
        ratios,
        fc.constantFrom('largestRemainder', 'largestRatioFirst'),
        (total, weights, method) => {
          const parts = allocate(total, weights, { method }).map(BigInt);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          const weightSum = BigInt(weights.reduce((a, b) => a + b, 0));
          parts.forEach((part, index) => {
            // |part − total·w/W| ≤ 1  ⇔  |part·W − total·w| ≤ W; strictly less for largest remainder
            const gap = part * weightSum - total * BigInt(weights[index] ?? 0);
            const distance = gap < 0n ? -gap : gap;
            if (method === 'largestRemainder') expect(distance).toBeLessThan(weightSum);
            else expect(distance).toBeLessThanOrEqual(weightSum);
            if (weights[index] === 0) expect(part).toBe(0n);
          });
        },
      ),
      RUNS,
    );
  });

  it('allocate largestRemainder: no part could give a đồng to another and be closer (Hamilton)', () => {
    fc.assert(
      fc.property(nonNegative, ratios, (total, weights) => {
        const parts = allocate(total, weights).map(BigInt);
        const weightSum = BigInt(weights.reduce((a, b) => a + b, 0));
        const floors = weights.map((w) => (total * BigInt(w)) / weightSum);
        const extra = parts.map((part, i) => part - (floors[i] as bigint));
        for (const e of extra) expect(e === 0n || e === 1n).toBe(true);
        const remainder = (i: number) =>
          total * BigInt(weights[i] ?? 0) - (floors[i] as bigint) * weightSum;
        extra.forEach((gotOne, i) => {
          extra.forEach((other, j) => {
            if (gotOne === 1n && other === 0n) expect(remainder(i) >= remainder(j)).toBe(true);
          });
        });
      }),
      RUNS,
    );
  });

  it('sum is commutative and associative, and equals the bigint sum', () => {
    fc.assert(
      fc.property(
        fc.array(amount, { maxLength: 20 }),
        fc.array(amount, { maxLength: 20 }),
        (a, b) => {
          const strings = (list: bigint[]) => list.map(String);
          expect(sum([...strings(a), ...strings(b)])).toBe(sum([...strings(b), ...strings(a)]));
          expect(sum([sum(strings(a)), sum(strings(b))])).toBe(sum([...strings(a), ...strings(b)]));
          expect(sum(strings(a))).toBe(String(a.reduce((x, y) => x + y, 0n)));
        },
      ),
      RUNS,
    );
  });

  it('sum of safe-integer numbers near the fast-path bound is exact', () => {
    const big = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(big, fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 })), {
          maxLength: 50,
        }),
        (list) => {
          expect(sum(list)).toBe(String(list.reduce((x, y) => x + BigInt(y), 0n)));
          expect(sum(list.map(String))).toBe(String(list.reduce((x, y) => x + BigInt(y), 0n)));
        },
      ),
      RUNS,
    );
  });

  it('attainment is monotonic in achieved', () => {
    fc.assert(
      fc.property(
        nonNegative,
        nonNegative,
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (a, b, plan, decimals) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const left = attainment(low, plan, { decimals });
          const right = attainment(high, plan, { decimals });
          expect(new Decimal(left.percent).lte(right.percent)).toBe(true);
          expect(compare(left.gap, right.gap)).toBeGreaterThanOrEqual(0);
        },
      ),
      RUNS,
    );
  });

  it('bigint percentages agree with decimal.js at high precision, for every rounding mode', () => {
    fc.assert(
      fc.property(
        amount,
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.constantFrom(...ROUNDING_MODES),
        fc.integer({ min: 0, max: 4 }),
        (part, whole, rounding, decimals) => {
          const expected = new D(String(part))
            .times(100)
            .div(String(whole))
            .toDecimalPlaces(decimals, modes[rounding])
            .toFixed();
          expect(shareOf(part, whole, { decimals, rounding })).toBe(
            expected === '-0' ? '0' : new D(expected).toFixed(),
          );
        },
      ),
      RUNS,
    );
  });

  it('multiply and percentOf agree with decimal.js at high precision, for every rounding mode', () => {
    fc.assert(
      fc.property(
        amount,
        decimalString,
        fc.constantFrom(...ROUNDING_MODES),
        fc.integer({ min: 0, max: 6 }),
        (value, factor, rounding, decimals) => {
          const exact = (result: Decimal) =>
            new D(result.toDecimalPlaces(decimals, modes[rounding]).toFixed()).toFixed();
          const product = exact(new D(String(value)).times(factor));
          const percent = exact(new D(String(value)).times(factor).div(100));
          expect(multiply(value, factor, { decimals, rounding })).toBe(
            product === '-0' ? '0' : product,
          );
          expect(percentOf(value, factor, { decimals, rounding })).toBe(
            percent === '-0' ? '0' : percent,
          );
        },
      ),
      RUNS,
    );
  });

  it('computeSupport (bigint) equals percentOf with floor, capped', () => {
    fc.assert(
      fc.property(nonNegative, (cost) => {
        const support = computeSupport({
          ruleSet: TT_28_2018,
          activity: 'machinery',
          eligibleCost: cost,
        });
        expect(support.rateLimit).toBe(percentOf(cost, '50', { rounding: 'floor' }));
        expect(support.amount).toBe(
          compare(support.rateLimit, '300000000') < 0 ? support.rateLimit : '300000000',
        );
      }),
      RUNS,
    );
  });

  it('computeSupport on plain amounts (read as JS numbers) equals the bigint path, field for field', () => {
    // Rates and caps whose products reach past 2^53 too (that call takes the bigint path by itself).
    const rule = fc.record({
      maxRatePercent: fc.constantFrom(
        undefined,
        '0',
        '30',
        '50',
        '52.03',
        '33.3333',
        '99.999999',
        '100',
      ),
      cap: fc.constantFrom(
        undefined,
        '0',
        '1',
        '300000000',
        '800000000',
        '999999999999999',
        '9007199254740993',
      ),
    });
    const written = (value: bigint, as: number): string | number | bigint =>
      as === 0 ? `${value}` : as === 1 ? Number(value) : as === 2 ? `00${value}` : value;
    fc.assert(
      fc.property(
        rule,
        nonNegative,
        fc.option(nonNegative),
        fc.nat(3),
        fc.nat(3),
        ({ maxRatePercent, cap }, cost, requested, costAs, requestedAs) => {
          const ruleSet = {
            ...TT_28_2018,
            id: 'property',
            rules: [
              {
                activity: 'machinery' as const,
                ...(maxRatePercent === undefined ? {} : { maxRatePercent }),
                ...(cap === undefined ? {} : { cap }),
                legalReference: { document: 'tt-28-2018-btc' },
                confidence: TT_28_2018.confidence,
              },
            ],
          };
          const given = {
            ruleSet,
            activity: 'machinery' as const,
            eligibleCost: written(cost, costAs),
            ...(requested === null ? {} : { requested: written(requested, requestedAs) }),
          };
          // `rounding: 'floor'` given (the default) always takes the bigint path.
          expect(computeSupport(given)).toEqual(computeSupport({ ...given, rounding: 'floor' }));
        },
      ),
      RUNS,
    );
  });

  describe('results never depend on global Decimal settings', () => {
    afterEach(() => {
      Decimal.set({ defaults: true });
    });

    it('gives identical results after Decimal.set({ precision: 5, rounding: ROUND_DOWN, toExpPos: 2 })', () => {
      const cases = fc.sample(
        fc.tuple(
          amount,
          fc.bigInt({ min: 1n, max: 10n ** 14n }),
          fc.constantFrom('1.5', '0.3', '115.6', '52.03'),
        ),
        { numRuns: 1000, seed: 42 },
      );
      const run = () =>
        cases.map(([a, b, factor]) => [
          sum([a, b, '73512345678']),
          multiply(a, factor),
          percentOf(a, factor, { decimals: 3 }),
          shareOf(a, b),
          attainment(b, b * 3n).percent,
        ]);
      const before = run();
      Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN, toExpPos: 2, toExpNeg: -2 });
      expect(run()).toEqual(before);
      expect(sum(['73512345678', '1'])).toBe('73512345679');
      expect(multiply('73512345678', '1')).toBe('73512345678');
    });
  });
});
