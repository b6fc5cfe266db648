import { isKhuyenCongError } from '@khuyencong/domain';
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
});
