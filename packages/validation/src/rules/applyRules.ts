import { type IsoDate, isKhuyenCongError } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import type { Rule, RuleContext, RuleReport, ValidationFinding, ValidationResult } from './Rule';
import { sharedFindingOf } from './sharedReport';

/**
 * @internal {@link runRules} once `asOf` is a checked date: checks the rules (unless the same list already
 * passed), runs those in force on `asOf`, and collects their findings.
 * @throws `INVALID_RULE` when `rules` is not an array of rules or two rules share an id; `RULE_FAILED` when a
 *   rule's `check` throws.
 */
export function applyRules<I>(rules: unknown, input: I, asOf: IsoDate): ValidationResult {
  if (!Array.isArray(rules)) {
    return fail('INVALID_RULE', `Expected an array of rules, got ${describeValue(rules)}.`, {
      rule: describeValue(rules),
      field: 'rules',
      reason: 'type',
    });
  }
  const list = rules as readonly Rule<I>[];
  const context: RuleContext = { asOf };
  // A rule list already checked (same array, same frozen rules) is not checked again.
  const known = isChecked(list);
  const seen = known ? undefined : new Set<string>();
  const findings: ValidationFinding[] = [];
  let ok = true;
  for (let position = 0; position < list.length; position++) {
    const rule = list[position] as Rule<I>;
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
  if (!known) remember(list);
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

/** The finding of a report: the one made before for a shared report (see `sharedReport`), else a new one. */
function toFinding<I>(rule: Rule<I>, report: RuleReport): ValidationFinding {
  return sharedFindingOf(rule, report, findingOf) ?? findingOf(rule, report);
}

function findingOf<I>(rule: Rule<I>, report: RuleReport): ValidationFinding {
  const details = report.details ?? {};
  const legalReference = report.legalReference ?? rule.legalReference;
  const { code, severity, id } = rule;
  return report.path === undefined
    ? { code, severity, messageKey: code, rule: id, details, legalReference }
    : { code, severity, messageKey: code, rule: id, details, path: report.path, legalReference };
}
