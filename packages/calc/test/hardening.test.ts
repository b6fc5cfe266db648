import { isKhuyenCongError, MAX_AMOUNT_DIGITS } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import * as calc from '../src/index';

function detailsOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (isKhuyenCongError(error)) return { code: error.code, ...error.details };
    throw error;
  }
  return 'no error';
}

const NINES = '9'.repeat(MAX_AMOUNT_DIGITS);

describe('the digit cap (MAX_AMOUNT_DIGITS, 300) for every type of amount (issue 11)', () => {
  it('keeps every digit up to 300, as a string or a bigint, negative or not', () => {
    expect(calc.multiply(10n ** 299n + 1n, '1')).toBe(`1${'0'.repeat(298)}1`);
    expect(calc.sum([BigInt(NINES), `-${NINES}`])).toBe('0');
    expect(calc.subtract(-BigInt(NINES), 0)).toBe(`-${NINES}`);
    expect(calc.compare(`-${NINES}`, -BigInt(NINES))).toBe(0);
  });

  it('rejects 301 digits with reason too-long, whatever the type', () => {
    const tooLong = { code: 'INVALID_AMOUNT', reason: 'too-long' };
    expect(detailsOf(() => calc.multiply(10n ** 1000n + 1n, '1'))).toMatchObject({
      ...tooLong,
      parameter: 'amount',
    });
    expect(detailsOf(() => calc.sum(['1', -(10n ** 300n)]))).toMatchObject({
      ...tooLong,
      parameter: 'amounts[1]',
    });
    expect(detailsOf(() => calc.subtract(`-1${'0'.repeat(300)}`, '1'))).toMatchObject(tooLong);
    expect(detailsOf(() => calc.percentOf('899000000', 10n ** 300n))).toMatchObject({
      code: 'INVALID_DECIMAL',
      reason: 'too-long',
    });
  });
});

describe('lists, not boxed strings', () => {
  it('rejects new String(…) where a list is meant (it was read as its characters: 1 + 2 + 3)', () => {
    expect(detailsOf(() => calc.sum(new String('123') as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      parameter: 'amounts',
      reason: 'boxed',
    });
    expect(detailsOf(() => calc.allocate('10', new String('11') as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      reason: 'boxed',
    });
    expect(calc.sum(new Set(['9000000000', '24800000000']))).toBe('33800000000');
  });
});

describe('impliedPlan with no whole-đồng plan', () => {
  it('is a coded error, never an empty interval as if it were one', () => {
    expect(detailsOf(() => calc.impliedPlan('1', '30.0'))).toMatchObject({
      code: 'INVALID_PERCENT',
      parameter: 'reportedPercent',
      reason: 'no-whole-plan',
    });
    // 3 đồng at 30% leaves plans in (9.98, 10.02]: 10 is one.
    expect(calc.impliedPlan('3', '30.0')).toMatchObject({ smallest: '10', largest: '10' });
  });

  it('leaves checkReport reporting the interval a report implies', () => {
    const findings = calc.checkReport({
      scope: { kind: 'national' },
      period: { kind: 'year', year: 2024 },
      achieved: { amount: '1' },
      reportedAttainment: { percent: '30.0' },
    });
    expect(findings.map((finding) => finding.code)).toEqual(['PLAN_IMPLIED']);
  });
});

describe('roll-ups read only known funding sources', () => {
  it('rejects a misspelt source (locall), never counting it as 0', () => {
    expect(
      detailsOf(() =>
        calc.rollUp([{ totalCost: '899000000', funding: { locall: '286000000' } as never }], {
          by: 'fund',
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      parameter: 'items[0].funding',
      value: '"locall"',
      reason: 'unknown-key',
    });
  });

  it('reads a funding object without a prototype, and ignores inherited keys', () => {
    const funding = Object.assign(Object.create(null), {
      local: '286000000',
      counterpart: '613000000',
    });
    const inherited = Object.assign(Object.create({ national: '1' }), { local: '190000000' });
    const { total } = calc.rollUp(
      [
        { totalCost: '899000000', funding },
        { totalCost: '800000000', funding: inherited },
      ],
      { by: 'fund' },
    );
    expect(total.funding).toEqual({
      national: '0',
      local: '476000000',
      counterpart: '613000000',
      other: '0',
    });
  });

  it('turns a key function that throws into INVALID_OPTION with its error as the cause', () => {
    const bug = new TypeError('bug in the caller');
    let caught: unknown;
    try {
      calc.rollUp([{ totalCost: '1', funding: {}, location: { provinceId: 'dak-lak' } }], {
        by: 'region',
        regionOf: () => {
          throw bug;
        },
      });
    } catch (error) {
      caught = error;
    }
    expect(isKhuyenCongError(caught, ['INVALID_OPTION'])).toBe(true);
    expect((caught as Error).cause).toBe(bug);
    expect((caught as { details: unknown }).details).toMatchObject({
      parameter: 'regionOf',
      reason: 'threw',
    });
  });
});

describe('rule-set selection with hostile values', () => {
  it('names a fund with no prototype without coercing it, and takes only calc’s registries', () => {
    expect(
      detailsOf(() =>
        calc.computeSupport({
          fund: Object.create(null),
          date: '2024-10-01',
          activity: 'machinery',
          eligibleCost: '1360000000',
        }),
      ),
    ).toEqual({ code: 'NO_RULE_SET', fund: 'object', province: '', date: '2024-10-01' });
    expect(
      detailsOf(() =>
        calc.lookupSupport({
          fund: 'national',
          date: '2024-10-01',
          registry: { ruleSets: [], find: () => calc.TT_28_2018 } as never,
          activity: 'machinery',
          eligibleCost: '1360000000',
        }),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', parameter: 'registry' });
    expect(
      detailsOf(() => calc.createRuleSetRegistry(calc.BUILT_IN_RULE_SETS).get(Object.create(null))),
    ).toEqual({ code: 'UNKNOWN_RULE_SET', ruleSetId: 'object' });
  });
});

describe('allocate in JS numbers and in bigints alike', () => {
  it('splits 899,000,000 đồng over 100,000 equal ratios exactly, and a bigint total beyond 2^53', () => {
    const parts = calc.allocate('899000000', new Array<string>(100_000).fill('1'));
    expect(new Set(parts)).toEqual(new Set(['8990']));
    expect(calc.allocate('10', ['15', '15', '70'])).toEqual(['2', '1', '7']);
    expect(calc.allocate('10', ['15', '15', '70'], { method: 'largestRatioFirst' })).toEqual([
      '1',
      '1',
      '8',
    ]);
    expect(calc.allocate(2n ** 60n + 1n, ['1', '1'])).toEqual([
      '576460752303423489',
      '576460752303423488',
    ]);
    expect(calc.allocate('10', ['1.5', '1.5', '7'])).toEqual(['2', '1', '7']);
  });
});

describe('roll-ups read items as own properties only', () => {
  it('groups and sums the same with fields polluted onto Object.prototype', () => {
    const items = [
      {
        totalCost: '899000000',
        funding: { local: '286000000' },
        location: { provinceId: 'phu-yen' },
      },
      { totalCost: '800000000', funding: { local: '190000000' } },
    ];
    const totals = () => {
      const accumulator = calc.createRollUp({
        by: { province: 'province', fund: 'fund', activity: 'activity', year: 'year' },
      });
      for (const item of items) accumulator.add(item);
      return accumulator.result();
    };
    const clean = totals();
    const prototype = Object.prototype as Record<string, unknown>;
    const polluted = {
      fund: 'national',
      activity: 'media',
      year: 1999,
      provinceId: 'polluted',
      national: '1',
    };
    for (const [key, value] of Object.entries(polluted)) prototype[key] = value;
    let dirty: unknown;
    try {
      dirty = totals();
    } finally {
      for (const key of Object.keys(polluted)) delete prototype[key];
    }
    expect(dirty).toEqual(clean);
    expect(clean.by.province.map((group) => group.key)).toEqual(['phu-yen', '']);
    expect(clean.total.funding.national).toBe('0');
  });
});
