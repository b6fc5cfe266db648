import type { ToIsoDateOptions } from '@khuyencong/domain';
import { optionsObject, resolveAsOf } from '../_internal/resolveAsOf';
import { applyRules } from './applyRules';
import type { Rule, ValidationResult } from './Rule';

/**
 * Options of {@link runRules}.
 *
 * @category Rules
 */
export interface RunRulesOptions extends ToIsoDateOptions {
  /** The date the rules are evaluated as of: a `Date` (its calendar date in `timeZone`, Vietnam's by default) or `YYYY-MM-DD`. */
  readonly asOf: Date | string;
}

/**
 * Runs the rules in force on `asOf` against an input and collects their findings. A rule whose dates do not
 * cover `asOf` is skipped, so a 2019 đề án is judged by the 2019 rules.
 *
 * @param rules - the rules, e.g. `[...ELIGIBILITY_RULES, myProvinceRule]`.
 * @param input - the data to check (already of the rules' input type).
 * @param options - {@link RunRulesOptions}.
 * @returns `{ ok, findings }`: `ok` is `false` when any finding has severity `error`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_OPTION` for a bad `asOf`; `INVALID_RULE` when `rules` is not an
 *   array of rules or two rules share an id; `RULE_FAILED` when a rule's `check` throws (its error is the
 *   `cause`).
 * @category Rules
 * @example
 * ```ts
 * import { defineRule, runRules } from '@khuyencong/validation';
 * const rule = defineRule<number>({ code: 'TOO_BIG', severity: 'error', legalReference: { document: 'tt-28-2018-btc' }, effectiveFrom: '2018-05-11', check: (n) => (n > 10 ? { details: { n } } : undefined) });
 * [runRules([rule], 11, { asOf: '2018-05-10' }).ok, runRules([rule], 11, { asOf: '2018-05-11' }).ok]
 * //=> [true, false]
 * ```
 */
export function runRules<I>(
  rules: readonly Rule<I>[],
  input: I,
  options: RunRulesOptions,
): ValidationResult {
  const bag = optionsObject(options);
  const asOf = resolveAsOf(bag.asOf, undefined, 'runRules needs an asOf date', bag.timeZone);
  return applyRules(rules, input, asOf);
}
