import {
  BUILT_IN_RULE_SETS,
  compare,
  createRuleSetRegistry,
  lookupSupport,
  subtract,
  sum,
} from '@khuyencong/calc';
import {
  ACTIVITIES,
  PROJECT_STATUSES,
  type Project,
  SEED_DATASET,
  type VndAmount,
} from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../rules/defineRule';
import type { Rule } from '../rules/Rule';
import { runRules } from '../rules/runRules';
import { checkFunding } from './checkFunding';
import type { FundingFacts } from './FundingFacts';
import { FUNDING_RULES } from './fundingRules';

// The funding rules as they were first written (each sum, difference and comparison through calc's string
// arithmetic, a fresh report every time): the reference the rules must agree with, finding for finding.
const CONDITIONS = { document: 'ttlt-26-2014-btc-bct', article: '7' } as const;
function othersOf({ project }: FundingFacts): VndAmount {
  const { counterpart: _counterpart, ...others } = project.funding;
  return sum(Object.values(others));
}
const REFERENCE: Record<string, Rule<FundingFacts>['check']> = {
  SUPPORT_EXCEEDS_LIMIT: ({ project, support, limit }) =>
    limit !== undefined && compare(support, limit.limit) > 0
      ? {
          details: {
            support,
            limit: limit.limit,
            rateLimit: limit.rateLimit,
            capLimit: limit.capLimit,
            maxRatePercent: limit.maxRatePercent,
            excess: subtract(support, limit.limit),
            ruleSetId: limit.ruleSetId,
          },
          path: ['funding', project.fund],
          legalReference: limit.legalReference,
        }
      : undefined,
  SUPPORT_LIMIT_UNKNOWN: ({ project, limitUnavailable }) =>
    limitUnavailable === undefined
      ? undefined
      : {
          details: {
            reason: limitUnavailable.reason,
            ruleSetId: limitUnavailable.ruleSetId,
            activity: project.activity,
            fund: project.fund,
          },
          path: ['activity'],
        },
  ELIGIBLE_COST_EXCEEDS_TOTAL: ({ project }) =>
    project.eligibleCost !== undefined && compare(project.eligibleCost, project.totalCost) > 0
      ? {
          details: { eligibleCost: project.eligibleCost, totalCost: project.totalCost },
          path: ['eligibleCost'],
        }
      : undefined,
  FUNDING_PARTS_MISMATCH: ({ project }) => {
    if (project.funding.counterpart === undefined) return undefined;
    const parts = sum(Object.values(project.funding));
    return compare(parts, project.totalCost) === 0
      ? undefined
      : {
          details: {
            sum: parts,
            totalCost: project.totalCost,
            difference: subtract(parts, project.totalCost),
          },
          path: ['funding'],
        };
  },
  COUNTERPART_NEGATIVE: (facts) => {
    const supported = othersOf(facts);
    const counterpart = subtract(facts.project.totalCost, supported);
    return counterpart.startsWith('-')
      ? {
          details: { totalCost: facts.project.totalCost, support: supported, counterpart },
          path: ['funding'],
        }
      : undefined;
  },
  COUNTERPART_IMPLIED: (facts) => {
    if (facts.project.funding.counterpart !== undefined) return undefined;
    const counterpart = subtract(facts.project.totalCost, othersOf(facts));
    return counterpart.startsWith('-')
      ? undefined
      : { details: { counterpart }, path: ['funding', 'counterpart'] };
  },
  'DOUBLE_FUNDING_DECLARATION_MISSING/refused': ({ project }) =>
    project.noDoubleFundingDeclared === false
      ? { details: { declared: false }, path: ['noDoubleFundingDeclared'] }
      : undefined,
  'DOUBLE_FUNDING_DECLARATION_MISSING/unknown': ({ project }) =>
    project.noDoubleFundingDeclared === undefined
      ? { details: { declared: null }, path: ['noDoubleFundingDeclared'] }
      : undefined,
  SETTLEMENT_DUE: ({ project }) =>
    project.fund === 'national' && project.status !== 'settled' && project.status !== 'cancelled'
      ? { details: { dueOn: `${project.year + 1}-01-22`, year: project.year } }
      : undefined,
};
const REFERENCE_RULES = FUNDING_RULES.map((rule) => {
  const check = REFERENCE[rule.id];
  if (rule.id !== 'STATE_SOURCES_COMBINED' && rule.id !== 'ADVANCE_EXCEEDS_LIMIT') {
    expect(check, `a reference for ${rule.id}`).toBeDefined();
  }
  return check === undefined ? rule : defineRule<FundingFacts>({ ...rule, check });
});

const REGISTRY = createRuleSetRegistry(BUILT_IN_RULE_SETS);
const base = SEED_DATASET.projects[1] as Project;

/** The facts as checkFunding computes them (selected from the registry by fund, province and date). */
function factsOf(project: Project, asOf: string): FundingFacts {
  const support = project.funding[project.fund] ?? '0';
  const lookup = lookupSupport({
    activity: project.activity,
    eligibleCost: project.eligibleCost ?? project.totalCost,
    requested: support,
    fund: project.fund,
    date: asOf,
    ...(project.fund === 'local' ? { province: project.location.provinceId } : {}),
    registry: REGISTRY,
  });
  return lookup.found
    ? { project, support, limit: lookup.support }
    : {
        project,
        support,
        limitUnavailable: { reason: lookup.reason, ruleSetId: lookup.details['ruleSetId'] ?? null },
      };
}

/** Amounts around the 15-digit limit of the fast arithmetic and past 2^53. */
const amount = fc
  .oneof(
    fc.bigInt({ min: 0n, max: 10n ** 10n }),
    fc.bigInt({ min: 10n ** 14n - 1000n, max: 10n ** 15n + 1000n }),
    fc.bigInt({ min: 2n ** 53n - 1000n, max: 2n ** 53n + 1000n }),
    fc.bigInt({ min: 0n, max: 10n ** 30n }),
  )
  .map((value): VndAmount => `${value}`);
const project = fc
  .record({
    activity: fc.constantFrom(...ACTIVITIES),
    fund: fc.constantFrom('national', 'local'),
    provinceId: fc.constantFrom('phu-yen', 'dak-lak-2025', 'da-nang'),
    year: fc.integer({ min: 2014, max: 2027 }),
    status: fc.constantFrom(...PROJECT_STATUSES),
    totalCost: amount,
    national: fc.option(amount, { nil: undefined }),
    local: fc.option(amount, { nil: undefined }),
    counterpart: fc.option(amount, { nil: undefined }),
    other: fc.option(amount, { nil: undefined }),
    eligibleCost: fc.option(amount, { nil: undefined }),
    declared: fc.constantFrom(true, false, undefined),
  })
  .map((facts): Project => {
    const funding: Record<string, VndAmount> = {};
    for (const source of ['national', 'local', 'counterpart', 'other'] as const) {
      const value = facts[source];
      if (value !== undefined) funding[source] = value;
    }
    return {
      ...base,
      activity: facts.activity,
      fund: facts.fund,
      location: { provinceId: facts.provinceId },
      year: facts.year,
      status: facts.status,
      totalCost: facts.totalCost,
      funding,
      ...(facts.eligibleCost === undefined ? {} : { eligibleCost: facts.eligibleCost }),
      ...(facts.declared === undefined ? {} : { noDoubleFundingDeclared: facts.declared }),
    };
  });
const asOf = fc.constantFrom('2018-05-10', '2024-06-01', '2025-09-01');

describe('FUNDING_RULES', () => {
  it('give the findings of the rules as first written, for amounts of any size (property)', () => {
    fc.assert(
      fc.property(project, asOf, (one, date) => {
        const facts = factsOf(one, date);
        const expected = runRules(REFERENCE_RULES, facts, { asOf: date });
        expect(runRules(FUNDING_RULES, facts, { asOf: date })).toEqual(expected);
        // The fast path of checkFunding (prevalidated) and the parsing path agree with them.
        const options = { asOf: date, registry: REGISTRY };
        expect(checkFunding(one, { ...options, prevalidated: true })).toEqual(expected);
        expect(checkFunding(one, options)).toEqual(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('fail on an amount that is not whole đồng as calc fails, inside RULE_FAILED', () => {
    const facts = factsOf(base, '2024-06-01');
    for (const bad of ['1.5', '', ' 12', '0x10', '1e3']) {
      const broken = { ...facts, project: { ...base, totalCost: bad as VndAmount } };
      let caught: unknown;
      try {
        runRules(FUNDING_RULES, broken, { asOf: '2024-06-01' });
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({
        code: 'RULE_FAILED',
        cause: { code: 'INVALID_AMOUNT' },
      });
    }
  });

  it('give one frozen finding for the reports that depend on a few facts, the same for every project', () => {
    const first = checkFunding(
      { ...base, fund: 'national', funding: { national: '1' } },
      {
        asOf: '2024-06-01',
      },
    ).findings;
    const second = checkFunding(
      { ...base, id: 'other', fund: 'national', funding: { national: '2' } },
      { asOf: '2024-06-01' },
    ).findings;
    const shared = ['DOUBLE_FUNDING_DECLARATION_MISSING', 'SETTLEMENT_DUE'];
    for (const code of shared) {
      const one = first.find((finding) => finding.code === code);
      expect(one).toBeDefined();
      expect(second.find((finding) => finding.code === code)).toBe(one);
      expect(Object.isFrozen(one) && Object.isFrozen(one?.details)).toBe(true);
    }
    const implied = (findings: typeof first) =>
      findings.find((finding) => finding.code === 'COUNTERPART_IMPLIED');
    expect(implied(second)).not.toBe(implied(first));
  });
});
