import type { Rule, RuleReport, ValidationFinding } from './Rule';

/** The shared reports, each with the rule that gave it and its finding, once made. */
const SHARED = new WeakMap<
  RuleReport,
  { readonly rule: Rule<never>; readonly finding: ValidationFinding } | null
>();

/**
 * @internal A report a rule gives for many inputs (a finding that depends on a few facts only, such as "the
 * no-double-funding declaration is missing" or "national funds are settled by 22/01/2025"): frozen with its
 * details and path, so that the finding made from it is made once, frozen too, and given for every input
 * that gives this report. Its content is exactly that of a finding made afresh; only no copy is made.
 */
export function sharedReport(report: RuleReport): RuleReport {
  if (report.details !== undefined) Object.freeze(report.details);
  if (report.path !== undefined) Object.freeze(report.path);
  const frozen = Object.freeze(report);
  if (!SHARED.has(frozen)) SHARED.set(frozen, null);
  return frozen;
}

/**
 * @internal The finding of a shared report given by `rule` (made with `make` the first time), or `undefined`
 * for a report that is not shared, or shared by another rule (then it is made afresh).
 */
export function sharedFindingOf<I>(
  rule: Rule<I>,
  report: RuleReport,
  make: (rule: Rule<I>, report: RuleReport) => ValidationFinding,
): ValidationFinding | undefined {
  const shared = SHARED.get(report);
  if (shared === undefined) return undefined;
  if (shared !== null) return shared.rule === (rule as Rule<never>) ? shared.finding : undefined;
  const finding = Object.freeze(make(rule, report));
  SHARED.set(report, { rule: rule as Rule<never>, finding });
  return finding;
}
