import type {
  Activity,
  DecimalString,
  LegalReference,
  RoundingMode,
  SourceConfidence,
  StateFundingSource,
  VndAmount,
} from '@khuyencong/domain';
import { ownValue } from '@khuyencong/internal';
import { supportUnavailableError } from '../_internal/supportUnavailable';
import type { AmountInput } from '../money/AmountInput';
import type { RuleSetRegistry } from './createRuleSetRegistry';
import { evaluateSupport } from './lookupSupport';
import type { RuleSet } from './RuleSet';

/**
 * What {@link computeSupport} needs: the rule set (given, or selected by fund, province and date), the
 * activity (and variant), the eligible cost and, optionally, the amount requested and modifiers.
 *
 * @category Support rules
 */
export interface ComputeSupportInput {
  /** The rule set to apply. When absent, one is selected from `registry` by `fund`, `province`, `date`. */
  readonly ruleSet?: RuleSet;
  /** The fund, to select a rule set. */
  readonly fund?: StateFundingSource;
  /** The province id, to select a local rule set. */
  readonly province?: string;
  /** The date that decides the rule set (e.g. the approval date). */
  readonly date?: Date | string;
  /** Where to select from (default: the built-in rule sets). */
  readonly registry?: RuleSetRegistry;
  /** The activity. */
  readonly activity: Activity;
  /** The variant, for activities with several rules (`regional`, `national`, `organising`...). */
  readonly variant?: string;
  /** The cost the rate applies to (whole đồng, not negative). */
  readonly eligibleCost: AmountInput;
  /** The support asked for, if any (whole đồng, not negative). */
  readonly requested?: AmountInput;
  /** Modifier ids, e.g. `['technology-line']`. */
  readonly modifiers?: readonly string[];
  /** How to round the rate limit and a multiplied cap to the đồng (default `floor`: never above the limit). */
  readonly rounding?: RoundingMode;
}

/**
 * The support an activity may receive, and which limit decides it.
 *
 * @category Support rules
 */
export interface SupportResult {
  /** The support: the smallest of the rate limit, the cap limit and the amount requested. */
  readonly amount: VndAmount;
  /** The legal limit: the smaller of the rate limit and the cap limit. */
  readonly limit: VndAmount;
  /** Maximum rate × eligible cost, rounded (the whole cost when the rule has no rate). */
  readonly rateLimit: VndAmount;
  /** The absolute cap (with modifiers), or `null` when the rule has none. */
  readonly capLimit: VndAmount | null;
  /** What decided the amount; on a tie the cap wins over the rate, and both over the request. */
  readonly binding: 'rate' | 'cap' | 'requested';
  /** Whether the request fits the limit; `null` when nothing was requested. */
  readonly requestedWithinLimit: boolean | null;
  /** The maximum rate applied, in percent, after modifiers (`'100'` when the rule has no rate). */
  readonly maxRatePercent: DecimalString;
  /** The rule set used. */
  readonly ruleSetId: string;
  /** Where the limit is set. */
  readonly legalReference: LegalReference;
  /** How sure we are of the limit. */
  readonly confidence: SourceConfidence;
  /** The modifiers applied. */
  readonly modifiers: readonly string[];
}

/**
 * Computes the support limit of an activity under a versioned rule set (mức hỗ trợ tối đa): at most the
 * maximum rate of the eligible cost and at most the absolute cap, times the modifiers asked for, and no
 * more than the amount requested. Amounts are exact; the rate limit is rounded `floor` by default, as a
 * "không quá" limit must not be exceeded. Selecting by date picks TTLT 26/2014 up to 10/05/2018 and
 * TT 28/2018 from 11/05/2018. To ask whether a limit is known without catching an error, use
 * {@link lookupSupport}.
 *
 * @param input - see {@link ComputeSupportInput}.
 * @returns see {@link SupportResult}.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `NO_RULE` when the rule set has no limit for the activity (not found in the
 *   sources: no number is guessed); `VARIANT_REQUIRED`; `MODIFIER_NOT_AVAILABLE`; `NO_RULE_SET`;
 *   `INVALID_RULE_SET`; `INVALID_AMOUNT`; `INVALID_ROUNDING`; `INVALID_ARGUMENT`; `INVALID_DATE` (domain).
 * @category Support rules
 * @example
 * ```ts
 * import { computeSupport, TT_28_2018 } from '@khuyencong/calc';
 * const vietSec = computeSupport({ ruleSet: TT_28_2018, activity: 'machinery', eligibleCost: '1360000000', requested: '300000000' });
 * [vietSec.amount, vietSec.rateLimit, vietSec.capLimit, vietSec.binding]
 * //=> ['300000000', '680000000', '300000000', 'cap']
 * computeSupport({ fund: 'national', date: '2024-06-01', activity: 'demonstration-model', eligibleCost: '899000000' }).amount
 * //=> '269700000'
 * computeSupport({ ruleSet: TT_28_2018, activity: 'machinery', eligibleCost: '2000000000', modifiers: ['technology-line'] }).amount
 * //=> '450000000'
 * ```
 */
export function computeSupport(input: ComputeSupportInput): SupportResult {
  const support = evaluateSupport(input);
  if (!('found' in support)) return support;
  throw supportUnavailableError(
    support.reason,
    support.details,
    ownValue(input, 'variant') !== undefined,
  );
}
