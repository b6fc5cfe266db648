import { type IsoDate, isKhuyenCongError } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
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
  // A rule list already checked (same array, same frozen rules) is not checked again.
  const known = isChecked(rules);
  const seen = known ? undefined : new Set<string>();
  const findings: ValidationFinding[] = [];
  let ok = true;
  for (const rule of rules) {
    if (seen !== undefined) assertRule(rule, seen);
    if (!isInForce(rule, asOf)) continue;
    const outcome = outcomeOf(rule, input, context);
    if (outcome === undefined) continue;
    const before = findings.length;
    if (Array.isArray(outcome)) {
      for (const report of outcome) findings.push(toFinding(rule, report));
    } else {
      findings.push(toFinding(rule, outcome as RuleReport));
    }
    if (rule.severity === 'error' && findings.length > before) ok = false;
  }
  if (!known) remember(rules);
  return { ok, findings };
}

/**
 * Rule lists that passed the checks, with the rules they held then: a list is taken as checked while it
 * holds the same rules (defineRule's rules are frozen, so their ids cannot change).
 */
const CHECKED = new WeakMap<readonly unknown[], readonly unknown[]>();

function isChecked(rules: readonly unknown[]): boolean {
  const held = CHECKED.get(rules);
  if (held === undefined) return false;
  if (held === rules) return true;
  if (held.length !== rules.length) return false;
  for (let index = 0; index < held.length; index += 1) {
    if (held[index] !== rules[index]) return false;
  }
  return true;
}

function remember(rules: readonly unknown[]): void {
  if (!rules.every((rule) => Object.isFrozen(rule))) return;
  CHECKED.set(rules, Object.isFrozen(rules) ? rules : [...rules]);
}

function assertRule<I>(rule: Rule<I>, seen: Set<string>): void {
  if (typeof rule?.check !== 'function' || typeof rule.id !== 'string') {
    fail('INVALID_RULE', 'Expected every rule to come from defineRule.', {
      rule: describeValue(rule),
      field: 'rules',
      reason: 'type',
    });
  }
  if (seen.has(rule.id)) {
    fail('INVALID_RULE', `Two rules have the id ${JSON.stringify(rule.id)}.`, {
      rule: rule.id,
      field: 'id',
      reason: 'duplicate-id',
    });
  }
  seen.add(rule.id);
}

/** Whether the rule's dates (both inclusive, absent bounds open) cover `asOf`. */
function isInForce<I>(rule: Rule<I>, asOf: IsoDate): boolean {
  if (rule.effectiveFrom !== undefined && asOf < rule.effectiveFrom) return false;
  return rule.effectiveTo === undefined || asOf <= rule.effectiveTo;
}

function outcomeOf<I>(rule: Rule<I>, input: I, context: RuleContext): ReturnType<Rule<I>['check']> {
  try {
    return rule.check(input, context);
  } catch (error) {
    if (isKhuyenCongError(error, ['RULE_FAILED'])) throw error;
    return fail(
      'RULE_FAILED',
      `Rule ${JSON.stringify(rule.id)} threw while checking.`,
      { rule: rule.id, code: rule.code },
      error,
    );
  }
}

function toFinding<I>(rule: Rule<I>, report: RuleReport): ValidationFinding {
  const details = report.details ?? {};
  const legalReference = report.legalReference ?? rule.legalReference;
  const { code, severity, id } = rule;
  return report.path === undefined
    ? { code, severity, messageKey: code, rule: id, details, legalReference }
    : { code, severity, messageKey: code, rule: id, details, path: report.path, legalReference };
}
