import {
  type ComputeSupportInput,
  lookupSupport,
  type RuleSet,
  type RuleSetRegistry,
} from '@khuyencong/calc';
import type { IsoDate, Project, ToIsoDateOptions, VndAmount } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import { checkParsed } from '../_internal/checkParsed';
import { fail } from '../_internal/fail';
import { optionsObject, resolveAsOf, type Unchecked } from '../_internal/resolveAsOf';
import { applyRules } from '../rules/applyRules';
import type { Rule, ValidationResult } from '../rules/Rule';
import { costAmountSchema, type VndAmountInput } from '../schemas/amountSchemas';
import { projectSchema } from '../schemas/modelSchemas';
import type { FundingFacts } from './FundingFacts';
import { FUNDING_RULES } from './fundingRules';

/**
 * Options of {@link checkFunding}.
 *
 * @category Funding
 */
export interface CheckFundingOptions extends ToIsoDateOptions {
  /** The date to judge on: a `Date` (its calendar date in `timeZone`, Vietnam's by default) or `YYYY-MM-DD`; the project's approval date by default. */
  readonly asOf?: Date | string;
  /** The rule set of caps; else one is selected from `registry` by fund, province and `asOf`. */
  readonly ruleSet?: RuleSet;
  /** Where to select a rule set from (calc's built-ins by default). */
  readonly registry?: RuleSetRegistry;
  /** The variant of the activity's rule (`regional`, `national`...), where the rule set has several. */
  readonly variant?: string;
  /** Modifiers of the rule set, e.g. `['technology-line']`. */
  readonly modifiers?: readonly string[];
  /** The advance (tạm ứng) paid or asked for, whole đồng. */
  readonly advance?: VndAmountInput;
  /** The rules to run; {@link FUNDING_RULES} by default. */
  readonly rules?: readonly Rule<FundingFacts>[];
  /**
   * `true` when the caller guarantees that the project already passed {@link projectSchema} (it parsed it
   * itself, or built it from parsed data): the schema parse, the costliest part of the check, is skipped. The
   * rules are the same; a project that does not in fact match the schema gives unspecified findings or
   * throws. `false` by default.
   */
  readonly prevalidated?: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const MISSING_DATE = 'the project has no approval date';

/** What calc's `lookupSupport` is asked for the project (built without spreads: it runs on every row). */
function supportInput(
  project: Project,
  support: VndAmount,
  asOf: IsoDate,
  bag: Unchecked<CheckFundingOptions>,
): ComputeSupportInput {
  const input: Mutable<ComputeSupportInput> = {
    activity: project.activity,
    eligibleCost: project.eligibleCost ?? project.totalCost,
    requested: support,
  };
  if (bag.ruleSet === undefined) {
    input.fund = project.fund;
    input.date = asOf;
    if (project.fund === 'local') input.province = project.location.provinceId;
    if (bag.registry !== undefined) input.registry = bag.registry as RuleSetRegistry;
  } else {
    input.ruleSet = bag.ruleSet as RuleSet;
  }
  if (bag.variant !== undefined) input.variant = bag.variant as string;
  if (bag.modifiers !== undefined) input.modifiers = bag.modifiers as readonly string[];
  return input;
}

/** The facts of the funding rules; "no limit is known" (no rule set, no rule, a variant needed) is a fact. */
function fundingFacts(
  project: Project,
  asOf: IsoDate,
  bag: Unchecked<CheckFundingOptions>,
  advance: VndAmount | undefined,
): FundingFacts {
  const support = project.funding[project.fund] ?? '0';
  const lookup = lookupSupport(supportInput(project, support, asOf, bag));
  const facts: FundingFacts = lookup.found
    ? { project, support, limit: lookup.support }
    : {
        project,
        support,
        limitUnavailable: {
          reason: lookup.reason,
          ruleSetId: lookup.details['ruleSetId'] ?? null,
        },
      };
  return advance === undefined ? facts : { ...facts, advance };
}

/**
 * Checks the money of a đề án: the state support within the rate and cap of the rule set in force (via
 * `computeSupport` of `@khuyencong/calc`), the parts adding up to the total, a counterpart (total − support)
 * that is not negative, one state source and the no-double-funding declaration, an advance of at most 70%
 * of the support, and the settlement deadline of national funds (22/01 of the next year). Malformed data is
 * not thrown: it comes back as `INVALID_FIELD` findings.
 *
 * @param project - the `Project`, checked against {@link projectSchema} (unless `prevalidated`).
 * @param options - {@link CheckFundingOptions}.
 * @returns `{ ok, findings }`: `ok` when no finding is an error.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_OPTION` for a bad `asOf`, `advance` or `prevalidated`, or no
 *   `asOf` and no approval date; calc's `INVALID_RULE_SET`, `UNKNOWN_RULE_SET`, `MODIFIER_NOT_AVAILABLE` or
 *   `INVALID_ARGUMENT` for a bad rule set, modifier or variant; `INVALID_RULE` / `RULE_FAILED` from custom rules.
 * @category Funding
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { TT_28_2018 } from '@khuyencong/calc';
 * import { checkFunding } from '@khuyencong/validation';
 * const phuYen = { ...SEED_DATASET.projects[1], noDoubleFundingDeclared: true };
 * [checkFunding(phuYen, { asOf: '2024-03-01', ruleSet: TT_28_2018 }).ok, checkFunding({ ...phuYen, funding: { local: '300000001', counterpart: '598999999' } }, { asOf: '2024-03-01', ruleSet: TT_28_2018 }).findings[0]?.details['excess']]
 * //=> [true, '1']
 * ```
 * @example Skipping the second parse
 * A project already checked against `projectSchema` (here the seed data, which passes it) need not be parsed
 * again:
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { checkFunding } from '@khuyencong/validation';
 * const project = SEED_DATASET.projects[2];
 * checkFunding(project, { asOf: '2024-03-01', prevalidated: true }).findings.map((finding) => finding.code)
 * //=> ['SUPPORT_LIMIT_UNKNOWN', 'COUNTERPART_IMPLIED', 'DOUBLE_FUNDING_DECLARATION_MISSING']
 * ```
 */
export function checkFunding(
  project: unknown,
  options: CheckFundingOptions = {},
): ValidationResult {
  const bag = optionsObject(options);
  let advance: VndAmount | undefined;
  if (bag.advance !== undefined) {
    const parsedAdvance = costAmountSchema.safeParse(bag.advance);
    if (!parsedAdvance.success) {
      fail('INVALID_OPTION', `Expected advance in whole đồng, got ${describeValue(bag.advance)}.`, {
        parameter: 'advance',
        value: describeValue(bag.advance),
        expected: 'whole đồng, not negative',
      });
    }
    advance = parsedAdvance.data;
  }
  if (bag.prevalidated === true) {
    // Vouched for: no parse, and nothing else made per call (it runs on every row of a file). The date and
    // the rules are checked as checkParsed and runRules check them.
    const data = project as Project;
    const asOf =
      bag.asOf === undefined
        ? resolveAsOf(undefined, data.approval?.date, MISSING_DATE, bag.timeZone)
        : resolveAsOf(bag.asOf, undefined, '', bag.timeZone);
    return applyRules(bag.rules ?? FUNDING_RULES, fundingFacts(data, asOf, bag, advance), asOf);
  }
  return checkParsed(project, {
    schema: projectSchema,
    asOf: bag.asOf,
    timeZone: bag.timeZone,
    fallback: (data) => data.approval?.date,
    missing: MISSING_DATE,
    rules: bag.rules,
    defaultRules: FUNDING_RULES,
    prevalidated: bag.prevalidated,
    facts: (data, asOf) => fundingFacts(data, asOf, bag, advance),
  });
}
