import { type StateFundingSource, toIsoDate } from '@khuyencong/domain';
import { describeValue, detailValue } from '@khuyencong/internal';
import { assertIterable, invalidArgument } from '../_internal/assertIterable';
import { calcError } from '../_internal/calcError';
import { compileRuleSet, invalid } from '../_internal/compileRuleSet';
import { memoisedSelection, registerSelection } from '../_internal/memoisedSelection';
import { noRuleSetDetails, supportUnavailableError } from '../_internal/supportUnavailable';
import type { RuleSet } from './RuleSet';

/**
 * Which rule set to use: the fund, the province for local funds, and the date that decides (the đề án's
 * approval date, say).
 *
 * @category Support rules
 */
export interface RuleSetQuery {
  /** `national` or `local`. */
  readonly fund: StateFundingSource;
  /** The province id; required for local funds, ignored for national ones. */
  readonly province?: string;
  /** The date, a `Date` or `YYYY-MM-DD`. */
  readonly date: Date | string;
}

/**
 * An immutable collection of validated rule sets. Build it with {@link createRuleSetRegistry}.
 *
 * @category Support rules
 */
export interface RuleSetRegistry {
  /** The rule sets, in the order given. */
  readonly ruleSets: readonly RuleSet[];
  /** The rule set with this id; throws `UNKNOWN_RULE_SET` when there is none. */
  get(id: string): RuleSet;
  /** The rule set in force for the fund, province and date; throws `NO_RULE_SET` when there is none. */
  select(query: RuleSetQuery): RuleSet;
  /**
   * The rule set in force for the fund, province and date, or `undefined` when there is none: never throws
   * for a well-formed query (a query that is not an object throws `INVALID_ARGUMENT`, a bad date
   * `INVALID_DATE`, as in `select`).
   */
  find(query: RuleSetQuery): RuleSet | undefined;
}

/**
 * Builds a registry of rule sets, e.g. the built-ins plus your province's HĐND resolution, with no global
 * state: each registry is its own immutable object. Every rule set is validated: a missing or malformed
 * field, a negative cap, a rate above 100%, two rules for one activity and variant, a local set without a
 * province, an end date before the start date, a repeated id, or two sets of the same fund and province in
 * force on the same day are rejected with `INVALID_RULE_SET` (details `reason`, `field`, `value`).
 *
 * `select` and `find` remember their answer per fund, province and date (a rule set is immutable, so the
 * answer never changes), so selecting the rule set of every row of a national data set costs a few map
 * lookups; the memory is bounded (at most 10,000 dates per fund and province, 1,000 provinces per fund).
 *
 * @param ruleSets - the rule sets (any iterable).
 * @returns the registry.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_RULE_SET`; `INVALID_ARGUMENT` when `ruleSets` is not iterable.
 * @category Support rules
 * @example
 * ```ts
 * import { BUILT_IN_RULE_SETS, createRuleSetRegistry } from '@khuyencong/calc';
 * const registry = createRuleSetRegistry(BUILT_IN_RULE_SETS);
 * [registry.select({ fund: 'national', date: '2018-05-10' }).id, registry.select({ fund: 'national', date: '2018-05-11' }).id]
 * //=> ['ttlt-26-2014', 'tt-28-2018']
 * registry.select({ fund: 'local', province: 'dak-lak-2025', date: '2025-08-01' }).id
 * //=> 'dak-lak-2025'
 * registry.find({ fund: 'local', province: 'phu-yen', date: '2024-03-01' })
 * //=> undefined
 * ```
 */
export function createRuleSetRegistry(ruleSets: Iterable<RuleSet>): RuleSetRegistry {
  assertIterable<unknown>(ruleSets, 'ruleSets');
  const list: RuleSet[] = [];
  const byId = new Map<string, RuleSet>();
  for (const candidate of ruleSets) {
    const ruleSet = compileRuleSet(candidate).ruleSet;
    if (byId.has(ruleSet.id)) throw invalid(ruleSet.id, 'duplicate-id', 'id', ruleSet.id);
    const clash = list.find((other) => sameScope(other, ruleSet) && overlaps(other, ruleSet));
    if (clash !== undefined) {
      throw invalid(ruleSet.id, 'overlapping-dates', 'effectiveFrom', ruleSet.effectiveFrom, {
        otherRuleSetId: clash.id,
      });
    }
    byId.set(ruleSet.id, ruleSet);
    list.push(ruleSet);
  }
  const frozen = Object.freeze(list);
  const selection = memoisedSelection(frozen);
  const find = (query: RuleSetQuery): RuleSet | null => {
    if (typeof query !== 'object' || query === null) {
      throw invalidArgument('query', query, 'an object { fund, province?, date }');
    }
    return selection(query.fund, query.province, query.date);
  };
  const registry: RuleSetRegistry = Object.freeze({
    ruleSets: frozen,
    get(id: string): RuleSet {
      const found = byId.get(id);
      if (found !== undefined) return found;
      throw calcError('UNKNOWN_RULE_SET', `No rule set with id ${describeValue(id)}.`, {
        ruleSetId: detailValue(id),
      });
    },
    select(query: RuleSetQuery): RuleSet {
      const found = find(query);
      if (found !== null) return found;
      throw supportUnavailableError(
        'NO_RULE_SET',
        noRuleSetDetails(query.fund, query.province, toIsoDate(query.date)),
        false,
      );
    },
    find(query: RuleSetQuery): RuleSet | undefined {
      return find(query) ?? undefined;
    },
  });
  registerSelection(registry, selection);
  return registry;
}

function sameScope(a: RuleSet, b: RuleSet): boolean {
  return a.fund === b.fund && (a.fund === 'national' || a.province === b.province);
}

function overlaps(a: RuleSet, b: RuleSet): boolean {
  const endA = a.effectiveTo ?? '9999-12-31';
  const endB = b.effectiveTo ?? '9999-12-31';
  return a.effectiveFrom <= endB && b.effectiveFrom <= endA;
}
