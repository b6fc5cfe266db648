import { ADVANCE_CEILING, checkAdvance } from '@khuyencong/calc';
import type { Project } from '@khuyencong/domain';
import { deepFreeze } from '@khuyencong/internal';
import { defineRule } from '../rules/defineRule';
import type { Rule, RuleReport } from '../rules/Rule';
import { sharedReport } from '../rules/sharedReport';
import { amountText, amountValue, type ExactAmount, minus, plus } from './amountValue';
import type { FundingFacts } from './FundingFacts';

const CONDITIONS = { document: 'ttlt-26-2014-btc-bct', article: '7' } as const;

/** Every declared part of the funding, added up. */
function allParts(funding: Project['funding']): ExactAmount {
  let total: ExactAmount = 0;
  // The own enumerable values, as Object.values gives them, without making their array (once per row).
  for (const source in funding) {
    if (Object.hasOwn(funding, source)) {
      total = plus(total, amountValue(funding[source as keyof typeof funding]));
    }
  }
  return total;
}

/** The state and other support: every declared part but the counterpart, added up. */
function partsOtherThanCounterpart(funding: Project['funding']): ExactAmount {
  let total: ExactAmount = 0;
  for (const source in funding) {
    if (source !== 'counterpart' && Object.hasOwn(funding, source)) {
      total = plus(total, amountValue(funding[source as keyof typeof funding]));
    }
  }
  return total;
}

/** The most reports a rule remembers before it starts again. */
const MEMO_LIMIT = 10_000;

/**
 * Reports that depend on a few facts only, shared (see `sharedReport`): a tree of typed maps, one level per
 * fact (no string keys), the report at the leaf made the first time it is asked for.
 */
class SharedReports {
  readonly #children = new Map<unknown, SharedReports>();
  report: RuleReport | undefined;
  /** How many reports the tree holds (kept at the root). */
  #size = 0;

  /** The subtree of one value of the next fact. */
  at(fact: unknown): SharedReports {
    let child = this.#children.get(fact);
    if (child === undefined) {
      child = new SharedReports();
      this.#children.set(fact, child);
    }
    return child;
  }

  /** The report of a leaf of this tree, made by `make` the first time. */
  of(leaf: SharedReports, make: () => RuleReport): RuleReport {
    if (leaf.report !== undefined) return leaf.report;
    if (this.#size >= MEMO_LIMIT) {
      // Starting again keeps the memory bounded; the leaf (now detached) still gets its report.
      this.#children.clear();
      this.#size = 0;
    }
    this.#size += 1;
    leaf.report = sharedReport(make());
    return leaf.report;
  }
}

/** The no-double-funding commitment (TTLT 26/2014 Điều 7.4): one rule per recorded value. */
function declarationRule(
  name: string,
  severity: 'error' | 'warning',
  declared: false | undefined,
): Rule<FundingFacts> {
  const report = sharedReport({
    details: { declared: declared ?? null },
    path: ['noDoubleFundingDeclared'],
  });
  return defineRule<FundingFacts>({
    code: 'DOUBLE_FUNDING_DECLARATION_MISSING',
    id: `DOUBLE_FUNDING_DECLARATION_MISSING/${name}`,
    severity,
    legalReference: { ...CONDITIONS, clause: '4' },
    check: ({ project }) => (project.noDoubleFundingDeclared === declared ? report : undefined),
  });
}

const limitUnknownReports = new SharedReports();

/** `SUPPORT_LIMIT_UNKNOWN` of a reason, rule set, activity and fund. */
function limitUnknown(
  reason: string,
  ruleSetId: string | null,
  activity: string,
  fund: string,
): RuleReport {
  const leaf = limitUnknownReports.at(reason).at(ruleSetId).at(activity).at(fund);
  return (
    leaf.report ??
    limitUnknownReports.of(leaf, () => ({
      details: { reason, ruleSetId, activity, fund },
      path: ['activity'],
    }))
  );
}

const settlementReports = new SharedReports();

/** `SETTLEMENT_DUE` of a plan year. */
function settlementDue(year: number): RuleReport {
  const leaf = settlementReports.at(year);
  return (
    leaf.report ??
    settlementReports.of(leaf, () => ({ details: { dueOn: `${year + 1}-01-22`, year } }))
  );
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
export const FUNDING_RULES: readonly Rule<FundingFacts>[] = /* @__PURE__ */ deepFreeze([
  defineRule<FundingFacts>({
    code: 'SUPPORT_EXCEEDS_LIMIT',
    severity: 'error',
    legalReference: { document: 'tt-28-2018-btc', article: '8' },
    check: ({ project, support, limit }) => {
      if (limit === undefined) return undefined;
      const excess = minus(amountValue(support), amountValue(limit.limit));
      return excess > 0
        ? {
            details: {
              support,
              limit: limit.limit,
              rateLimit: limit.rateLimit,
              capLimit: limit.capLimit,
              maxRatePercent: limit.maxRatePercent,
              excess: amountText(excess),
              ruleSetId: limit.ruleSetId,
            },
            path: ['funding', project.fund],
            legalReference: limit.legalReference,
          }
        : undefined;
    },
  }),
  defineRule<FundingFacts>({
    code: 'SUPPORT_LIMIT_UNKNOWN',
    severity: 'warning',
    legalReference: { document: 'tt-28-2018-btc', article: '8' },
    check: ({ project, limitUnavailable }) =>
      limitUnavailable === undefined
        ? undefined
        : limitUnknown(
            limitUnavailable.reason,
            limitUnavailable.ruleSetId,
            project.activity,
            project.fund,
          ),
  }),
  defineRule<FundingFacts>({
    code: 'ELIGIBLE_COST_EXCEEDS_TOTAL',
    severity: 'error',
    legalReference: CONDITIONS,
    check: ({ project }) =>
      project.eligibleCost !== undefined &&
      amountValue(project.eligibleCost) > amountValue(project.totalCost)
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
      const parts = allParts(project.funding);
      const difference = minus(parts, amountValue(project.totalCost));
      return difference > 0 || difference < 0
        ? {
            details: {
              sum: amountText(parts),
              totalCost: project.totalCost,
              difference: amountText(difference),
            },
            path: ['funding'],
          }
        : undefined;
    },
  }),
  defineRule<FundingFacts>({
    code: 'COUNTERPART_NEGATIVE',
    severity: 'error',
    legalReference: { ...CONDITIONS, clause: '3' },
    check: ({ project }) => {
      const supported = partsOtherThanCounterpart(project.funding);
      const counterpart = minus(amountValue(project.totalCost), supported);
      return counterpart < 0
        ? {
            details: {
              totalCost: project.totalCost,
              support: amountText(supported),
              counterpart: amountText(counterpart),
            },
            path: ['funding'],
          }
        : undefined;
    },
  }),
  defineRule<FundingFacts>({
    code: 'COUNTERPART_IMPLIED',
    severity: 'info',
    legalReference: { ...CONDITIONS, clause: '3' },
    check: ({ project }) => {
      if (project.funding.counterpart !== undefined) return undefined;
      const counterpart = minus(
        amountValue(project.totalCost),
        partsOtherThanCounterpart(project.funding),
      );
      return counterpart < 0
        ? undefined
        : { details: { counterpart: amountText(counterpart) }, path: ['funding', 'counterpart'] };
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
        ? settlementDue(project.year)
        : undefined,
  }),
]);
