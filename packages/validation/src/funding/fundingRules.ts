import { ADVANCE_CEILING, checkAdvance, compare, subtract, sum } from '@khuyencong/calc';
import type { VndAmount } from '@khuyencong/domain';
import { defineRule } from '../rules/defineRule';
import type { Rule, RuleReport } from '../rules/Rule';
import type { FundingFacts } from './FundingFacts';

const CONDITIONS = { document: 'ttlt-26-2014-btc-bct', article: '7' } as const;

function partsOtherThanCounterpart({ project }: FundingFacts): VndAmount {
  const { counterpart: _counterpart, ...others } = project.funding;
  return sum(Object.values(others));
}

/** Whether a canonical amount (as calc returns it: no `-0`) is below zero. */
function isNegative(amount: VndAmount): boolean {
  return amount.startsWith('-');
}

/** The no-double-funding commitment (TTLT 26/2014 Điều 7.4): one rule per recorded value. */
function declarationRule(
  name: string,
  severity: 'error' | 'warning',
  declared: false | undefined,
): Rule<FundingFacts> {
  return defineRule<FundingFacts>({
    code: 'DOUBLE_FUNDING_DECLARATION_MISSING',
    id: `DOUBLE_FUNDING_DECLARATION_MISSING/${name}`,
    severity,
    legalReference: { ...CONDITIONS, clause: '4' },
    check: ({ project }) =>
      project.noDoubleFundingDeclared === declared
        ? { details: { declared: declared ?? null }, path: ['noDoubleFundingDeclared'] }
        : undefined,
  });
}

/**
 * The rules {@link checkFunding} runs:
 * - `SUPPORT_EXCEEDS_LIMIT` (error): the state support is above `min(rate × eligible cost, cap)` of the rule
 *   set (`computeSupport` of `@khuyencong/calc`); the finding cites the rule set's clause.
 * - `SUPPORT_LIMIT_UNKNOWN` (warning): no limit could be computed (the cap was not found in the legal
 *   sources, no rule set for the fund and province, a variant is needed): nothing is guessed.
 * - `ELIGIBLE_COST_EXCEEDS_TOTAL` (error): the eligible cost is above the total cost.
 * - `FUNDING_PARTS_MISMATCH` (error): the declared parts (state, counterpart, other) do not add up to the
 *   total cost.
 * - `COUNTERPART_NEGATIVE` (error): state and other support exceed the total cost, so the counterpart
 *   (total − support) would be negative.
 * - `COUNTERPART_IMPLIED` (info): no counterpart declared; it is total − support.
 * - `STATE_SOURCES_COMBINED` (warning): both national and local funds on one project: each expense item may
 *   have one state source only.
 * - `DOUBLE_FUNDING_DECLARATION_MISSING`: the commitment that no other state source funds the same items is
 *   missing: error when declared `false`, warning when not recorded (ids `…/refused`, `…/unknown`).
 * - `ADVANCE_EXCEEDS_LIMIT` (error): the advance (tạm ứng) is above 70% of the support.
 * - `SETTLEMENT_DUE` (info): national funds are settled by 22/01 of the year after the plan year.
 *
 * @category Funding
 * @example
 * ```ts
 * import { FUNDING_RULES } from '@khuyencong/validation';
 * FUNDING_RULES.find((rule) => rule.code === 'ADVANCE_EXCEEDS_LIMIT')?.legalReference
 * //=> { document: 'ttlt-26-2014-btc-bct', article: '8', clause: '2', point: 'b' }
 * ```
 */
export const FUNDING_RULES: readonly Rule<FundingFacts>[] = [
  defineRule<FundingFacts>({
    code: 'SUPPORT_EXCEEDS_LIMIT',
    severity: 'error',
    legalReference: { document: 'tt-28-2018-btc', article: '8' },
    check: ({ project, support, limit }) =>
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
  }),
  defineRule<FundingFacts>({
    code: 'SUPPORT_LIMIT_UNKNOWN',
    severity: 'warning',
    legalReference: { document: 'tt-28-2018-btc', article: '8' },
    check: ({ project, limitUnavailable }) =>
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
  }),
  defineRule<FundingFacts>({
    code: 'ELIGIBLE_COST_EXCEEDS_TOTAL',
    severity: 'error',
    legalReference: CONDITIONS,
    check: ({ project }) =>
      project.eligibleCost !== undefined && compare(project.eligibleCost, project.totalCost) > 0
        ? {
            details: { eligibleCost: project.eligibleCost, totalCost: project.totalCost },
            path: ['eligibleCost'],
          }
        : undefined,
  }),
  defineRule<FundingFacts>({
    code: 'FUNDING_PARTS_MISMATCH',
    severity: 'error',
    legalReference: CONDITIONS,
    check: ({ project }) => {
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
  }),
  defineRule<FundingFacts>({
    code: 'COUNTERPART_NEGATIVE',
    severity: 'error',
    legalReference: { ...CONDITIONS, clause: '3' },
    check: (facts) => {
      const supported = partsOtherThanCounterpart(facts);
      const counterpart = subtract(facts.project.totalCost, supported);
      return isNegative(counterpart)
        ? {
            details: { totalCost: facts.project.totalCost, support: supported, counterpart },
            path: ['funding'],
          }
        : undefined;
    },
  }),
  defineRule<FundingFacts>({
    code: 'COUNTERPART_IMPLIED',
    severity: 'info',
    legalReference: { ...CONDITIONS, clause: '3' },
    check: (facts) => {
      if (facts.project.funding.counterpart !== undefined) return undefined;
      const counterpart = subtract(facts.project.totalCost, partsOtherThanCounterpart(facts));
      return isNegative(counterpart)
        ? undefined
        : { details: { counterpart }, path: ['funding', 'counterpart'] };
    },
  }),
  defineRule<FundingFacts>({
    code: 'STATE_SOURCES_COMBINED',
    severity: 'warning',
    legalReference: { ...CONDITIONS, clause: '4' },
    check: ({ project }) =>
      project.funding.national !== undefined && project.funding.local !== undefined
        ? {
            details: { national: project.funding.national, local: project.funding.local },
            path: ['funding'],
          }
        : undefined,
  }),
  declarationRule('refused', 'error', false),
  declarationRule('unknown', 'warning', undefined),
  defineRule<FundingFacts>({
    code: 'ADVANCE_EXCEEDS_LIMIT',
    severity: 'error',
    legalReference: ADVANCE_CEILING.legalReference,
    check: ({ support, advance }): RuleReport | undefined => {
      if (advance === undefined) return undefined;
      const check = checkAdvance(advance, support);
      return check.withinLimit
        ? undefined
        : { details: { advance, maxAdvance: check.maxAdvance, support, excess: check.excess } };
    },
  }),
  defineRule<FundingFacts>({
    code: 'SETTLEMENT_DUE',
    severity: 'info',
    legalReference: { document: 'tt-36-2013-bct', article: '18' },
    check: ({ project }) =>
      project.fund === 'national' && project.status !== 'settled' && project.status !== 'cancelled'
        ? { details: { dueOn: `${project.year + 1}-01-22`, year: project.year } }
        : undefined,
  }),
];
