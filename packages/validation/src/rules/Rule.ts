import type { Finding, FindingSeverity, IsoDate, LegalReference } from '@khuyencong/domain';

/**
 * The values a finding reports: amounts as whole-đồng strings, percents as decimal strings, dates as
 * `YYYY-MM-DD`. They are also the parameters of the translated message.
 *
 * @category Rules
 */
export type FindingDetails = Finding['details'];

/**
 * What a rule's `check` knows besides its input: the date the rules are evaluated as of.
 *
 * @category Rules
 */
export interface RuleContext {
  /** The "as of" date (by default the approval date of the đề án). */
  readonly asOf: IsoDate;
}

/**
 * One thing a rule found: the values involved and where in the input.
 *
 * @category Rules
 */
export interface RuleReport {
  /** The values involved (the message parameters). */
  readonly details?: FindingDetails;
  /** Where in the checked input. */
  readonly path?: readonly (string | number)[];
  /** A more precise legal text than the rule's (the clause of the rule set that sets a cap, say). */
  readonly legalReference?: LegalReference;
}

/**
 * What a rule's `check` returns: nothing (the rule holds), one report, or several.
 *
 * @category Rules
 */
export type RuleOutcome = RuleReport | readonly RuleReport[] | undefined;

/**
 * What {@link defineRule} takes: a small named check with a stable code, a severity, the legal text it
 * enforces and the dates it is in force (both inclusive; absent bounds are open).
 *
 * @typeParam I - the input the rule checks.
 * @category Rules
 */
export interface RuleDefinition<I> {
  /** The stable SCREAMING_SNAKE finding code, also the message key (e.g. `LOCATION_NOT_ELIGIBLE`). */
  readonly code: string;
  /** A stable id, unique in a rule list; defaults to the code. Use it when two rules report one code. */
  readonly id?: string;
  /** How much a finding of this rule matters. */
  readonly severity: FindingSeverity;
  /** The legal text the rule enforces. */
  readonly legalReference: LegalReference;
  /** First day the rule is in force. */
  readonly effectiveFrom?: IsoDate;
  /** Last day the rule is in force. */
  readonly effectiveTo?: IsoDate;
  /** What the rule checks, in English, for documentation. */
  readonly description?: string;
  /** The check: returns nothing when the input complies, else one or more reports. */
  readonly check: (input: I, context: RuleContext) => RuleOutcome;
}

/**
 * A rule made by {@link defineRule}: its definition with the id filled in, frozen.
 *
 * @typeParam I - the input the rule checks.
 * @category Rules
 */
export interface Rule<I> extends RuleDefinition<I> {
  /** The rule's id (its code unless given). */
  readonly id: string;
}

/**
 * A finding of a rule: the domain's `Finding` plus the message key (the code) and the id of the rule that
 * reported it.
 *
 * @category Rules
 */
export interface ValidationFinding extends Finding {
  /** The key of the translated message: the code. */
  readonly messageKey: string;
  /** The id of the rule that reported it (`schema` for data that does not match its schema). */
  readonly rule: string;
}

/**
 * The result of a check: `ok` when no finding has severity `error`, and every finding.
 *
 * @category Rules
 */
export interface ValidationResult {
  /** `true` when there is no `error` finding (warnings and infos do not block). */
  readonly ok: boolean;
  /** The findings, in rule order. */
  readonly findings: readonly ValidationFinding[];
}
