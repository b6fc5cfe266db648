import { isEffectiveOn, isKhuyenCongError } from '@khuyencong/domain';
import { describeValue, fail } from '../_internal/fail';
import { optionsObject, resolveAsOf } from '../_internal/resolveAsOf';
import type { Rule, RuleContext, RuleReport, ValidationFinding, ValidationResult } from './Rule';

/**
 * Options of {@link runRules}.
 *
 * @category Rules
 */
export interface RunRulesOptions {
  /** The date the rules are evaluated as of: a `Date` (its local calendar date) or `YYYY-MM-DD`. */
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
  const asOf = resolveAsOf(optionsObject(options).asOf, undefined, 'runRules needs an asOf date');
  const context: RuleContext = { asOf };
  if (!Array.isArray(rules)) {
    return fail('INVALID_RULE', `Expected an array of rules, got ${describeValue(rules)}.`, {
      rule: describeValue(rules),
      field: 'rules',
      reason: 'type',
    });
  }
  const seen = new Set<string>();
  const findings: ValidationFinding[] = [];
  for (const rule of rules) {
    if (typeof rule?.check !== 'function' || typeof rule.id !== 'string') {
      return fail('INVALID_RULE', 'Expected every rule to come from defineRule.', {
        rule: describeValue(rule),
        field: 'rules',
        reason: 'type',
      });
    }
    if (seen.has(rule.id)) {
      return fail('INVALID_RULE', `Two rules have the id ${JSON.stringify(rule.id)}.`, {
        rule: rule.id,
        field: 'id',
        reason: 'duplicate-id',
      });
    }
    seen.add(rule.id);
    if (!isEffectiveOn(rule, asOf)) continue;
    for (const report of reportsOf(rule, input, context)) findings.push(toFinding(rule, report));
  }
  return { ok: !findings.some((finding) => finding.severity === 'error'), findings };
}

function reportsOf<I>(rule: Rule<I>, input: I, context: RuleContext): readonly RuleReport[] {
  let outcome: ReturnType<Rule<I>['check']>;
  try {
    outcome = rule.check(input, context);
  } catch (error) {
    if (isKhuyenCongError(error, ['RULE_FAILED'])) throw error;
    return fail(
      'RULE_FAILED',
      `Rule ${JSON.stringify(rule.id)} threw while checking.`,
      { rule: rule.id, code: rule.code },
      error,
    );
  }
  if (outcome === undefined) return [];
  return Array.isArray(outcome) ? outcome : [outcome as RuleReport];
}

function toFinding<I>(rule: Rule<I>, report: RuleReport): ValidationFinding {
  return {
    code: rule.code,
    severity: rule.severity,
    messageKey: rule.code,
    rule: rule.id,
    details: report.details ?? {},
    ...(report.path === undefined ? {} : { path: report.path }),
    legalReference: report.legalReference ?? rule.legalReference,
  };
}
