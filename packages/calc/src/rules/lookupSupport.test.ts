import { ACTIVITIES, isKhuyenCongError } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SETS } from './BUILT_IN_RULE_SETS';
import { type ComputeSupportInput, computeSupport } from './computeSupport';
import { createRuleSetRegistry } from './createRuleSetRegistry';
import { DAK_LAK_2025 } from './DAK_LAK_2025';
import { lookupSupport } from './lookupSupport';
import { TT_28_2018 } from './TT_28_2018';
import { TTLT_26_2014 } from './TTLT_26_2014';

/** What computeSupport throws for an input, or undefined. */
function thrown(input: ComputeSupportInput) {
  try {
    computeSupport(input);
  } catch (error) {
    if (isKhuyenCongError(error)) {
      return { code: error.code, message: error.message, details: { ...error.details } };
    }
    throw error;
  }
  return undefined;
}

describe('lookupSupport', () => {
  it('returns the support computeSupport returns when a limit is known', () => {
    const input: ComputeSupportInput = {
      ruleSet: TT_28_2018,
      activity: 'machinery',
      eligibleCost: '1360000000',
      requested: '300000000',
    };
    expect(lookupSupport(input)).toEqual({ found: true, support: computeSupport(input) });
  });

  it('says why no limit is known, with the details and message computeSupport throws', () => {
    const cases: readonly [ComputeSupportInput, string, Record<string, string>, string][] = [
      [
        {
          fund: 'local',
          province: 'phu-yen',
          date: '2024-03-01',
          activity: 'machinery',
          eligibleCost: '1',
        },
        'NO_RULE_SET',
        { fund: 'local', province: 'phu-yen', date: '2024-03-01' },
        '[@khuyencong/calc] No local rule set for phu-yen is in force on 2024-03-01.',
      ],
      [
        { fund: 'national', date: new Date(2010, 0, 1), activity: 'machinery', eligibleCost: '1' },
        'NO_RULE_SET',
        { fund: 'national', province: '', date: '2010-01-01' },
        '[@khuyencong/calc] No national rule set is in force on 2010-01-01.',
      ],
      [
        { fund: 'local', date: '2024-03-01', activity: 'machinery', eligibleCost: '1' },
        'NO_RULE_SET',
        { fund: 'local', province: '', date: '2024-03-01' },
        '[@khuyencong/calc] No local rule set is in force on 2024-03-01.',
      ],
      [
        { ruleSet: DAK_LAK_2025, activity: 'machinery', eligibleCost: '1' },
        'NO_RULE',
        { ruleSetId: 'dak-lak-2025', activity: 'machinery', variant: '' },
        '[@khuyencong/calc] Rule set dak-lak-2025 has no rule for machinery: the limit was not found in the legal sources, so none is guessed.',
      ],
      [
        { ruleSet: TT_28_2018, activity: 'machinery', variant: 'regional', eligibleCost: '1' },
        'NO_RULE',
        { ruleSetId: 'tt-28-2018', activity: 'machinery', variant: 'regional' },
        '[@khuyencong/calc] Rule set tt-28-2018 has no rule for machinery (regional): the limit was not found in the legal sources, so none is guessed.',
      ],
      [
        { ruleSet: TT_28_2018, activity: 'machinery', variant: '', eligibleCost: '1' },
        'NO_RULE',
        { ruleSetId: 'tt-28-2018', activity: 'machinery', variant: '' },
        '[@khuyencong/calc] Rule set tt-28-2018 has no rule for machinery (): the limit was not found in the legal sources, so none is guessed.',
      ],
      [
        { ruleSet: TT_28_2018, activity: 'typical-product-voting', eligibleCost: '1' },
        'VARIANT_REQUIRED',
        {
          ruleSetId: 'tt-28-2018',
          activity: 'typical-product-voting',
          variants: 'regional, national',
        },
        '[@khuyencong/calc] Rule set tt-28-2018 has several rules for typical-product-voting (regional, national); pass a variant.',
      ],
    ];
    for (const [input, reason, details, message] of cases) {
      expect(lookupSupport(input)).toEqual({ found: false, reason, details });
      expect(thrown(input)).toEqual({ code: reason, message, details });
    }
  });

  it('still throws for invalid input', () => {
    const base = { ruleSet: TT_28_2018, activity: 'machinery', eligibleCost: '1' } as const;
    const code = (input: unknown) => {
      try {
        lookupSupport(input as ComputeSupportInput);
      } catch (error) {
        return isKhuyenCongError(error) ? error.code : String(error);
      }
      return 'no error';
    };
    expect(code({ ...base, eligibleCost: '1.5' })).toBe('INVALID_AMOUNT');
    expect(code({ ...base, requested: '-1' })).toBe('INVALID_AMOUNT');
    expect(code({ ...base, activity: 'dancing' })).toBe('INVALID_ARGUMENT');
    expect(code({ ...base, modifiers: ['priority'] })).toBe('MODIFIER_NOT_AVAILABLE');
    expect(code({ ...base, rounding: 'down' })).toBe('INVALID_ROUNDING');
    expect(code({ ...base, ruleSet: { ...TT_28_2018, fund: 'district' } })).toBe(
      'INVALID_RULE_SET',
    );
    expect(code({ ...base, ruleSet: undefined, fund: 'national', date: '2018-02-30' })).toBe(
      'INVALID_DATE',
    );
    expect(
      code({ ...base, ruleSet: undefined, fund: 'national', date: '2024-01-01', registry: {} }),
    ).toBe('INVALID_ARGUMENT');
    expect(code(null)).toBe('INVALID_ARGUMENT');
  });

  it('agrees with computeSupport on any activity, variant, rule set and date', () => {
    const registry = createRuleSetRegistry(BUILT_IN_RULE_SETS);
    const source = fc.oneof(
      fc.record({ ruleSet: fc.constantFrom(TTLT_26_2014, TT_28_2018, DAK_LAK_2025) }),
      fc.record({
        fund: fc.constantFrom('national' as const, 'local' as const),
        province: fc.constantFrom(undefined, 'dak-lak-2025', 'phu-yen'),
        date: fc
          .date({ min: new Date(2012, 0, 1), max: new Date(2027, 11, 31), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
        registry: fc.constant(registry),
      }),
    );
    fc.assert(
      fc.property(
        source,
        fc.constantFrom(...ACTIVITIES),
        fc.constantFrom(undefined, 'regional', 'national', 'organising', 'attending'),
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        (from, activity, variant, cost) => {
          const input = {
            ...Object.fromEntries(Object.entries(from).filter(([, v]) => v !== undefined)),
            activity,
            ...(variant === undefined ? {} : { variant }),
            eligibleCost: cost,
          } as ComputeSupportInput;
          const lookup = lookupSupport(input);
          const error = thrown(input);
          if (lookup.found) {
            expect(error).toBeUndefined();
            expect(computeSupport(input)).toEqual(lookup.support);
          } else {
            expect(error).toMatchObject({ code: lookup.reason, details: lookup.details });
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
