import {
  type ComputeSupportInput,
  computeSupport,
  type RuleSet,
  type RuleSetRegistry,
  type SupportResult,
} from '@khuyencong/calc';
import { type IsoDate, isKhuyenCongError, type Project, type VndAmount } from '@khuyencong/domain';
import { checkParsed } from '../_internal/checkParsed';
import { describeValue, fail } from '../_internal/fail';
import { optionsObject, type Unchecked } from '../_internal/resolveAsOf';
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
export interface CheckFundingOptions {
  /** The date to judge on: a `Date` or `YYYY-MM-DD`; the project's approval date by default. */
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

/** calc errors that mean "no limit is known", reported as a warning instead of thrown. */
const LIMIT_UNKNOWN = ['NO_RULE', 'NO_RULE_SET', 'VARIANT_REQUIRED'];

function supportLimit(
  project: Project,
  support: VndAmount,
  asOf: IsoDate,
  bag: Unchecked<CheckFundingOptions>,
): Pick<FundingFacts, 'limit' | 'limitUnavailable'> {
  const input: ComputeSupportInput = {
    ...(bag.ruleSet === undefined
      ? {
          fund: project.fund,
          date: asOf,
          ...(project.fund === 'local' ? { province: project.location.provinceId } : {}),
          ...(bag.registry === undefined ? {} : { registry: bag.registry as RuleSetRegistry }),
        }
      : { ruleSet: bag.ruleSet as RuleSet }),
    activity: project.activity,
    eligibleCost: project.eligibleCost ?? project.totalCost,
    requested: support,
    ...(bag.variant === undefined ? {} : { variant: bag.variant as string }),
    ...(bag.modifiers === undefined ? {} : { modifiers: bag.modifiers as readonly string[] }),
  };
  try {
    const limit: SupportResult = computeSupport(input);
    return { limit };
  } catch (error) {
    if (!isKhuyenCongError(error, LIMIT_UNKNOWN)) throw error;
    const { ruleSetId } = error.details;
    return {
      limitUnavailable: {
        reason: error.code,
        ruleSetId: typeof ruleSetId === 'string' ? ruleSetId : null,
      },
    };
  }
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
  return checkParsed(project, {
    schema: projectSchema,
    asOf: bag.asOf,
    fallback: (data) => data.approval?.date,
    missing: 'the project has no approval date',
    rules: bag.rules,
    defaultRules: FUNDING_RULES,
    prevalidated: bag.prevalidated,
    facts: (data, asOf): FundingFacts => {
      const support = data.funding[data.fund] ?? '0';
      return {
        project: data,
        support,
        ...supportLimit(data, support, asOf, bag),
        ...(advance === undefined ? {} : { advance }),
      };
    },
  });
}
