import { isEffectiveOn, isKhuyenCongError, toIsoDate } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SETS } from './BUILT_IN_RULE_SETS';
import { computeSupport } from './computeSupport';
import { createRuleSetRegistry } from './createRuleSetRegistry';
import type { RuleSet } from './RuleSet';

const HAI_DUONG: RuleSet = {
  id: 'hai-duong-example',
  name: 'Hải Dương HĐND resolution (example)',
  fund: 'local',
  province: 'hai-duong',
  legalDocuments: ['nq-hdnd-hai-duong'],
  effectiveFrom: '2021-01-01',
  effectiveTo: '2025-06-30',
  confidence: { basis: 'secondary', level: 'medium' },
  rules: [
    {
      activity: 'machinery',
      maxRatePercent: '50',
      cap: '250000000',
      capUnit: 'facility',
      legalReference: { document: 'nq-hdnd-hai-duong' },
      confidence: { basis: 'secondary', level: 'medium' },
    },
  ],
};

function rejection(ruleSets: readonly unknown[]): Readonly<Record<string, unknown>> | undefined {
  try {
    createRuleSetRegistry(ruleSets as RuleSet[]);
  } catch (error) {
    if (isKhuyenCongError(error, ['INVALID_RULE_SET'])) return error.details;
    throw error;
  }
  return undefined;
}

describe('createRuleSetRegistry', () => {
  it("registers a province's own resolution next to the built-ins", () => {
    const registry = createRuleSetRegistry([...BUILT_IN_RULE_SETS, HAI_DUONG]);
    const support = computeSupport({
      registry,
      fund: 'local',
      province: 'hai-duong',
      date: '2024-05-01',
      activity: 'machinery',
      eligibleCost: '899000000',
    });
    expect(support).toMatchObject({
      amount: '250000000',
      binding: 'cap',
      ruleSetId: 'hai-duong-example',
    });
    expect(registry.get('hai-duong-example')).toBe(HAI_DUONG);
    expect(Object.isFrozen(registry)).toBe(true);
  });

  it('rejects negative caps, rates above 100%, overlapping dates and duplicate rules', () => {
    const rule = HAI_DUONG.rules[0] as RuleSet['rules'][number];
    expect(rejection([{ ...HAI_DUONG, rules: [{ ...rule, cap: '-1' }] }])).toMatchObject({
      reason: 'negative-cap',
      field: 'rules[0].cap',
    });
    expect(
      rejection([{ ...HAI_DUONG, rules: [{ ...rule, maxRatePercent: '100.5' }] }]),
    ).toMatchObject({ reason: 'rate-above-100' });
    expect(rejection([{ ...HAI_DUONG, rules: [rule, rule] }])).toMatchObject({
      reason: 'duplicate-rule',
      field: 'rules[1]',
    });
    expect(
      rejection([
        HAI_DUONG,
        { ...HAI_DUONG, id: 'later', effectiveFrom: '2025-06-30', effectiveTo: undefined },
      ]),
    ).toMatchObject({
      reason: 'overlapping-dates',
      otherRuleSetId: 'hai-duong-example',
    });
    expect(rejection([{ ...HAI_DUONG, province: undefined }])).toMatchObject({
      reason: 'missing-province',
    });
    expect(rejection([{ ...HAI_DUONG, effectiveTo: '2020-12-31' }])).toMatchObject({
      reason: 'dates',
    });
    expect(rejection([{ ...HAI_DUONG, rules: [{ ...rule, activity: 'tourism' }] }])).toMatchObject({
      reason: 'shape',
      field: 'rules[0].activity',
    });
    expect(
      rejection([
        HAI_DUONG,
        { ...HAI_DUONG, id: 'next', effectiveFrom: '2025-07-01', effectiveTo: undefined },
      ]),
    ).toBeUndefined();
  });

  it('throws NO_RULE_SET for a province without a rule set', () => {
    const registry = createRuleSetRegistry(BUILT_IN_RULE_SETS);
    expect(() =>
      registry.select({ fund: 'local', province: 'phu-yen', date: '2024-01-01' }),
    ).toThrow(/No local rule set for phu-yen/);
  });

  it('find gives undefined where select throws, and the same rule set where it does not', () => {
    const registry = createRuleSetRegistry([...BUILT_IN_RULE_SETS, HAI_DUONG]);
    expect(
      registry.find({ fund: 'local', province: 'phu-yen', date: '2024-01-01' }),
    ).toBeUndefined();
    expect(registry.find({ fund: 'national', date: '2010-01-01' })).toBeUndefined();
    expect(registry.find({ fund: 'local', date: '2024-01-01' })).toBeUndefined();
    expect(registry.find({ fund: 'local', province: 'hai-duong', date: '2024-01-01' })).toBe(
      HAI_DUONG,
    );
    expect(registry.find({ fund: 'national', province: 'hai-duong', date: '2018-05-11' })?.id).toBe(
      'tt-28-2018',
    );
    // a Date is its calendar date in Vietnam (23:59 on 10 May 2018 in Hà Nội), as in select
    expect(registry.find({ fund: 'national', date: new Date('2018-05-10T16:59:00Z') })?.id).toBe(
      'ttlt-26-2014',
    );
    expect(codeOf(() => registry.find(null as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => registry.find({ fund: 'national', date: '2018-02-30' }))).toBe(
      'INVALID_DATE',
    );
    expect(codeOf(() => registry.find({ fund: 'national', date: new Date(Number.NaN) }))).toBe(
      'INVALID_DATE',
    );
    // the date is checked whatever the fund and province, as before
    expect(codeOf(() => registry.find({ fund: 'district' as never, date: '2024-02-30' }))).toBe(
      'INVALID_DATE',
    );
    expect(
      codeOf(() => registry.select({ fund: 'local', province: 5 as never, date: '2024-1-1' })),
    ).toBe('INVALID_DATE');
    expect(codeOf(() => registry.select({ fund: 'district' as never, date: '2024-01-01' }))).toBe(
      'NO_RULE_SET',
    );
  });

  it('select keeps its NO_RULE_SET message and details', () => {
    const registry = createRuleSetRegistry(BUILT_IN_RULE_SETS);
    const error = caught(() =>
      registry.select({ fund: 'local', province: 'phu-yen', date: new Date(2024, 0, 1) }),
    );
    expect(error?.message).toBe(
      '[@khuyencong/calc] No local rule set for phu-yen is in force on 2024-01-01.',
    );
    expect(error?.details).toEqual({ fund: 'local', province: 'phu-yen', date: '2024-01-01' });
    expect(caught(() => registry.select({ fund: 'national', date: '1999-12-31' }))?.message).toBe(
      '[@khuyencong/calc] No national rule set is in force on 1999-12-31.',
    );
  });

  it('memoised selection equals a fresh scan of the rule sets, for any queries in any order', () => {
    const ruleSets = [...BUILT_IN_RULE_SETS, HAI_DUONG];
    const scan = (fund: string, province: string | undefined, date: string) =>
      ruleSets.find(
        (ruleSet) =>
          ruleSet.fund === fund &&
          (fund === 'national' || ruleSet.province === province) &&
          isEffectiveOn(ruleSet, date),
      );
    const query = fc.record({
      fund: fc.constantFrom('national' as const, 'local' as const),
      province: fc.constantFrom(undefined, 'hai-duong', 'dak-lak-2025', 'phu-yen'),
      date: fc.date({ min: new Date(2013, 0, 1), max: new Date(2027, 0, 1), noInvalidDate: true }),
      asDate: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 60 }), (queries) => {
        const registry = createRuleSetRegistry(ruleSets);
        for (const { fund, province, date, asDate } of [...queries, ...queries]) {
          const when = asDate ? date : toIsoDate(date);
          const q = province === undefined ? { fund, date: when } : { fund, province, date: when };
          const expected = scan(fund, province, toIsoDate(date));
          expect(registry.find(q)).toBe(expected);
          if (expected === undefined) expect(codeOf(() => registry.select(q))).toBe('NO_RULE_SET');
          else expect(registry.select(q)).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays right past the memory bound (more than 10,000 dates of one scope)', () => {
    const registry = createRuleSetRegistry(BUILT_IN_RULE_SETS);
    const start = Date.UTC(1990, 0, 1);
    for (let day = 0; day < 12_000; day += 1) {
      const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      const expected =
        date < '2014-04-08' ? undefined : date <= '2018-05-10' ? 'ttlt-26-2014' : 'tt-28-2018';
      expect(registry.find({ fund: 'national', date })?.id).toBe(expected);
    }
    expect(registry.find({ fund: 'national', date: '1990-01-01' })).toBeUndefined();
    expect(registry.find({ fund: 'national', date: '2020-01-01' })?.id).toBe('tt-28-2018');
  });
});

function caught(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isKhuyenCongError(error)) return error;
    throw error;
  }
  return undefined;
}

function codeOf(run: () => unknown): string {
  return caught(run)?.code ?? 'no error';
}
