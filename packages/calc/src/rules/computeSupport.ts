import type { RoundingMode } from '@khuyencong/domain';
import {
  ACTIVITIES,
  type Activity,
  type DecimalString,
  type LegalReference,
  type SourceConfidence,
  type StateFundingSource,
  type VndAmount,
} from '@khuyencong/domain';
import { invalidArgument } from '../_internal/assertIterable';
import { calcError } from '../_internal/calcError';
import {
  type CompiledRule,
  type CompiledRuleSet,
  compileRuleSet,
  ruleKey,
} from '../_internal/compileRuleSet';
import { defaultRegistry } from '../_internal/defaultRegistry';
import { divRound } from '../_internal/divRound';
import { readRounding } from '../_internal/options';
import { parseNonNegativeAmount } from '../_internal/parseAmount';
import { compareScaled, multiplyScaled, scaled, scaledToString } from '../_internal/scaled';
import type { AmountInput } from '../money/AmountInput';
import type { RuleSetRegistry } from './createRuleSetRegistry';
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

const HUNDRED = scaled(100n);
const KNOWN_ACTIVITIES: ReadonlySet<unknown> = new Set(ACTIVITIES);

/**
 * Computes the support limit of an activity under a versioned rule set (mức hỗ trợ tối đa): at most the
 * maximum rate of the eligible cost and at most the absolute cap, times the modifiers asked for, and no
 * more than the amount requested. Amounts are exact; the rate limit is rounded `floor` by default, as a
 * "không quá" limit must not be exceeded. Selecting by date picks TTLT 26/2014 up to 10/05/2018 and
 * TT 28/2018 from 11/05/2018.
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
  if (typeof input !== 'object' || input === null) {
    throw invalidArgument(
      'input',
      input,
      'an object { ruleSet or fund/date, activity, eligibleCost }',
    );
  }
  const compiled = resolveRuleSet(input);
  const rule = findRule(compiled, input.activity, input.variant);
  const mode = readRounding(input.rounding, 'floor');
  const cost = parseNonNegativeAmount(input.eligibleCost, 'eligibleCost');
  const requested =
    input.requested === undefined
      ? undefined
      : parseNonNegativeAmount(input.requested, 'requested');
  let rate = rule.ratePercent;
  let divisor = rule.rateDivisor;
  let cap = rule.cap;
  const applied = readModifiers(input.modifiers);
  if (applied.length > 0) {
    let capFactor = scaled(1n);
    for (const id of applied) {
      const modifier = rule.modifiers.get(id);
      if (modifier === undefined) throw modifierNotAvailable(compiled, rule, id);
      rate = multiplyScaled(rate, modifier.rateMultiplier);
      capFactor = multiplyScaled(capFactor, modifier.capMultiplier);
    }
    if (compareScaled(rate, HUNDRED) > 0) rate = HUNDRED;
    divisor = 100n * 10n ** BigInt(rate.scale);
    if (cap !== undefined)
      cap = divRound(cap * capFactor.units, 10n ** BigInt(capFactor.scale), mode);
  }
  const rateLimit = divRound(cost * rate.units, divisor, mode);
  const capBinds = cap !== undefined && cap <= rateLimit;
  const limit = capBinds ? (cap as bigint) : rateLimit;
  const requestBinds = requested !== undefined && requested < limit;
  return {
    amount: `${requestBinds ? requested : limit}`,
    limit: `${limit}`,
    rateLimit: `${rateLimit}`,
    capLimit: cap === undefined ? null : `${cap}`,
    binding: requestBinds ? 'requested' : capBinds ? 'cap' : 'rate',
    requestedWithinLimit: requested === undefined ? null : requested <= limit,
    maxRatePercent: scaledToString(rate),
    ruleSetId: compiled.ruleSet.id,
    legalReference: rule.rule.legalReference,
    confidence: rule.rule.confidence,
    modifiers: applied,
  };
}

function readModifiers(value: unknown): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((id) => typeof id === 'string')) return [...value];
  throw invalidArgument('modifiers', value, 'an array of modifier ids');
}

function resolveRuleSet(input: ComputeSupportInput): CompiledRuleSet {
  if (input.ruleSet !== undefined) return compileRuleSet(input.ruleSet);
  if (input.fund === undefined || input.date === undefined) {
    throw invalidArgument('ruleSet', input.ruleSet, 'a rule set, or fund and date to select one');
  }
  const registry = input.registry ?? defaultRegistry();
  const query =
    input.province === undefined
      ? { fund: input.fund, date: input.date }
      : { fund: input.fund, province: input.province, date: input.date };
  return compileRuleSet(registry.select(query));
}

function findRule(compiled: CompiledRuleSet, activity: unknown, variant: unknown): CompiledRule {
  if (!KNOWN_ACTIVITIES.has(activity)) {
    throw invalidArgument('activity', activity, 'one of ACTIVITIES');
  }
  if (variant !== undefined && typeof variant !== 'string') {
    throw invalidArgument('variant', variant, 'a string');
  }
  const name = activity as Activity;
  const rule = compiled.rules.get(ruleKey(name, variant));
  if (rule !== undefined) return rule;
  const variants = compiled.variants.get(name);
  const ruleSetId = compiled.ruleSet.id;
  if (variant === undefined && variants !== undefined) {
    throw calcError(
      'VARIANT_REQUIRED',
      `Rule set ${ruleSetId} has several rules for ${name} (${variants.join(', ')}); pass a variant.`,
      { ruleSetId, activity: name, variants: variants.join(', ') },
    );
  }
  throw calcError(
    'NO_RULE',
    `Rule set ${ruleSetId} has no rule for ${name}${variant === undefined ? '' : ` (${variant})`}: the limit was not found in the legal sources, so none is guessed.`,
    { ruleSetId, activity: name, variant: variant ?? '' },
  );
}

function modifierNotAvailable(
  compiled: CompiledRuleSet,
  rule: CompiledRule,
  modifier: string,
): Error {
  const available = [...rule.modifiers.keys()].join(', ');
  return calcError(
    'MODIFIER_NOT_AVAILABLE',
    `Rule set ${compiled.ruleSet.id} provides no modifier ${JSON.stringify(String(modifier))} for ${rule.rule.activity}.`,
    {
      ruleSetId: compiled.ruleSet.id,
      activity: rule.rule.activity,
      modifier: String(modifier),
      available,
    },
  );
}
