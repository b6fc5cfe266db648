import { isEffectiveOn, toIsoDate } from '@khuyencong/domain';
import type { RuleSet } from '../rules/RuleSet';

/**
 * @internal The selection of a registry: the first rule set of the fund (and province, for local funds) in
 * force on the date, or `null` when none is. `fund` and `province` are as given (unchecked); the date is a
 * `Date` or a `YYYY-MM-DD` string, anything else throws `INVALID_DATE` (domain), whatever the fund.
 */
export type RuleSetSelection = (
  fund: unknown,
  province: unknown,
  date: Date | string,
) => RuleSet | null;

/** Most dates remembered per fund and province, and provinces per fund, before that memory is cleared. */
const MAX_DATES = 10_000;
const MAX_PROVINCES = 1_000;

/**
 * @internal The selection over validated rule sets, memoised per (fund, province, date) in typed nested maps
 * with bounded memory (a rule set is immutable, so an answer never changes).
 */
export function memoisedSelection(ruleSets: readonly RuleSet[]): RuleSetSelection {
  // The dates of the national fund (no province) held directly, and the local fund's by province: two and one
  // map lookups fewer per call than one map by fund.
  const national: Map<string, RuleSet | null> = new Map();
  const local: Map<string, Map<string, RuleSet | null>> = new Map();
  return (fund, given, date) => {
    // Rule sets are validated: their fund is national or local and a local one has a string province.
    const province = fund === 'national' ? '' : given;
    if ((fund !== 'national' && fund !== 'local') || typeof province !== 'string') {
      toIsoDate(date);
      return null;
    }
    let dates = national;
    if (fund === 'local') {
      const byProvince = local.get(province);
      if (byProvince === undefined) {
        if (local.size >= MAX_PROVINCES) local.clear();
        dates = new Map();
        local.set(province, dates);
      } else dates = byProvince;
    }
    if (typeof date === 'string') {
      const known = dates.get(date);
      if (known !== undefined) return known;
    }
    const day = toIsoDate(date);
    const known = dates.get(day);
    if (known !== undefined) return known;
    const found =
      ruleSets.find(
        (ruleSet) =>
          ruleSet.fund === fund &&
          (fund === 'national' || ruleSet.province === province) &&
          isEffectiveOn(ruleSet, day),
      ) ?? null;
    if (dates.size >= MAX_DATES) dates.clear();
    dates.set(day, found);
    return found;
  };
}

/** The selection of every registry made by `createRuleSetRegistry`, for calc's own fast path. */
const SELECTIONS = new WeakMap<object, RuleSetSelection>();

/** @internal Records the selection of a registry made by `createRuleSetRegistry`. */
export function registerSelection(registry: object, selection: RuleSetSelection): void {
  SELECTIONS.set(registry, selection);
}

/**
 * @internal The selection of a registry made by `createRuleSetRegistry` (the date already checked), or
 * `undefined` for any other object.
 */
export function selectionOf(registry: object): RuleSetSelection | undefined {
  return SELECTIONS.get(registry);
}
