import {
  ACTIVITIES,
  type Activity,
  type DecimalString,
  toIsoDate,
  type VndAmount,
} from '@khuyencong/domain';
import { divRound } from '@khuyencong/internal';
import { invalidArgument } from '../_internal/assertIterable';
import { calcError } from '../_internal/calcError';
import {
  type CompiledRule,
  type CompiledRuleSet,
  compileRuleSet,
  ruleKey,
} from '../_internal/compileRuleSet';
import { defaultRegistry } from '../_internal/defaultRegistry';
import { smallAmount } from '../_internal/exactSum';
import { selectionOf } from '../_internal/memoisedSelection';
import { readRounding } from '../_internal/options';
import { parseNonNegativeAmount } from '../_internal/parseAmount';
import { compareScaled, multiplyScaled, scaled, scaledToString } from '../_internal/scaled';
import { noRuleSetDetails } from '../_internal/supportUnavailable';
import type { ComputeSupportInput, SupportResult } from './computeSupport';

/**
 * Why {@link lookupSupport} knows no limit: no rule set is in force for the fund, province and date
 * (`NO_RULE_SET`), the rule set has no rule for the activity, as the legal sources give none (`NO_RULE`), or
 * it has several and no variant was given (`VARIANT_REQUIRED`). They are the codes {@link computeSupport}
 * throws.
 *
 * @category Support rules
 */
export type SupportUnavailableReason = 'NO_RULE_SET' | 'NO_RULE' | 'VARIANT_REQUIRED';

/**
 * The answer of {@link lookupSupport}: the support, or why no limit is known.
 *
 * @category Support rules
 */
export type SupportLookup =
  | {
      /** A limit is known. */
      readonly found: true;
      /** The support, as {@link computeSupport} returns it. */
      readonly support: SupportResult;
    }
  | {
      /** No limit is known. */
      readonly found: false;
      /** Why: the code {@link computeSupport} would throw. */
      readonly reason: SupportUnavailableReason;
      /**
       * The details the thrown error would carry: `fund`, `province`, `date` (`NO_RULE_SET`);
       * `ruleSetId`, `activity`, `variant` (`NO_RULE`); `ruleSetId`, `activity`, `variants` (`VARIANT_REQUIRED`).
       */
      readonly details: Readonly<Record<string, string>>;
    };

/** @internal The answer of {@link lookupSupport} when no limit is known. */
export type SupportUnavailable = Extract<SupportLookup, { readonly found: false }>;

const HUNDRED = scaled(100n);
const KNOWN_ACTIVITIES: ReadonlySet<unknown> = new Set(ACTIVITIES);

/**
 * {@link computeSupport} without throwing for "no limit is known": asks whether a rule set and a rule apply
 * and computes the support in one call, for code that checks many projects (a report, a validation) and
 * must not pay for, or probe with, an error. The input is read in the same order as `computeSupport`: the
 * rule set first, then the activity and variant, then the amounts, rounding and modifiers. Invalid input
 * (a bad amount, an unknown activity, an invalid rule set, a modifier the rule does not provide, a bad
 * rounding or date) still throws, as in `computeSupport`.
 *
 * @param input - see {@link ComputeSupportInput}.
 * @returns `{ found: true, support }`, or `{ found: false, reason, details }`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `MODIFIER_NOT_AVAILABLE`; `INVALID_RULE_SET`; `INVALID_AMOUNT`;
 *   `INVALID_ROUNDING`; `INVALID_ARGUMENT` (also for a `registry` that is not one); `INVALID_DATE` (domain).
 * @category Support rules
 * @example
 * ```ts
 * import { DAK_LAK_2025, lookupSupport } from '@khuyencong/calc';
 * lookupSupport({ fund: 'local', province: 'phu-yen', date: '2024-03-01', activity: 'machinery', eligibleCost: '899000000' })
 * //=> { found: false, reason: 'NO_RULE_SET', details: { fund: 'local', province: 'phu-yen', date: '2024-03-01' } }
 * lookupSupport({ ruleSet: DAK_LAK_2025, activity: 'machinery', eligibleCost: '899000000' }).found
 * //=> false
 * const found = lookupSupport({ fund: 'national', date: '2024-06-01', activity: 'demonstration-model', eligibleCost: '899000000' });
 * found.found ? found.support.amount : found.reason
 * //=> '269700000'
 * ```
 */
export function lookupSupport(input: ComputeSupportInput): SupportLookup {
  const support = evaluateSupport(input);
  return 'found' in support ? support : { found: true, support };
}

/**
 * @internal {@link lookupSupport} without wrapping a found support: the support, or why there is none.
 * `computeSupport` uses it, so a support it returns costs no extra object. Nothing polluted onto
 * `Object.prototype` stands in for an optional field of the input (see `inheritsAnOptionalField`).
 */
export function evaluateSupport(given: ComputeSupportInput): SupportResult | SupportUnavailable {
  if (typeof given !== 'object' || given === null) {
    throw invalidArgument(
      'input',
      given,
      'an object { ruleSet or fund/date, activity, eligibleCost }',
    );
  }
  const input = inheritsAnOptionalField(given) ? ownFields(given) : given;
  const compiled = resolveRuleSet(input);
  if ('found' in compiled) return compiled;
  const rule = findRule(compiled, input.activity, input.variant);
  if ('found' in rule) return rule;
  return support(input, compiled, rule);
}

/**
 * Whether the input's prototype chain holds one of its optional fields (`Object.prototype.rounding = …`): then
 * the input is read through a copy of its own properties, else as it is. (The required fields are own in any
 * well-formed call.) The names are written out, so that each check is a fast property load; copying every
 * input instead would cost as much again as the support itself.
 */
function inheritsAnOptionalField(input: ComputeSupportInput): boolean {
  const inherited = Object.getPrototypeOf(input) as Partial<ComputeSupportInput> | null;
  return (
    inherited !== null &&
    (inherited.ruleSet !== undefined ||
      inherited.registry !== undefined ||
      inherited.province !== undefined ||
      inherited.variant !== undefined ||
      inherited.requested !== undefined ||
      inherited.modifiers !== undefined ||
      inherited.rounding !== undefined)
  );
}

/** A copy of the input's own enumerable properties that inherits nothing. */
function ownFields(input: ComputeSupportInput): ComputeSupportInput {
  return Object.assign(Object.create(null) as object, input) as ComputeSupportInput;
}

/** No modifiers: one shared frozen list. */
const NO_MODIFIERS: readonly string[] = Object.freeze([]);

/**
 * A plain amount of whole đồng (a string of 1 to 15 digits, or a safe integer from 0 to 10^15) as a JS
 * number (`smallAmount`, as `sum` reads them), else -1: the amounts of nearly every call, read without a
 * regular expression or a bigint. What it does not take (a sign, more digits) goes through
 * `parseNonNegativeAmount`, which reads it or throws as before.
 */
function smallCost(value: unknown): number {
  if (typeof value === 'string' && value.charCodeAt(0) === 45) return -1;
  const amount = smallAmount(value);
  return amount === undefined || amount < 0 ? -1 : amount;
}

/**
 * {@link support} on JS numbers, for the common call (no rounding mode or modifiers given, amounts of up to
 * 15 digits, a rule whose rate and cap are safe integers): `floor(cost × units / divisor)` computed exactly
 * (the product is checked to be at most 2^53 - 1, and the float quotient corrected by its remainder), the
 * same result as the bigint path; `undefined` when the call is not such a one.
 */
function smallSupport(
  input: ComputeSupportInput,
  compiled: CompiledRuleSet,
  rule: CompiledRule,
): SupportResult | undefined {
  const small = rule.small;
  if (small === undefined || input.rounding !== undefined || input.modifiers !== undefined) {
    return undefined;
  }
  const cost = smallCost(input.eligibleCost);
  if (cost < 0) return undefined;
  const asked = input.requested;
  const requested = asked === undefined ? -1 : smallCost(asked);
  if (asked !== undefined && requested < 0) return undefined;
  const product = cost * small.units;
  if (product > Number.MAX_SAFE_INTEGER) return undefined;
  const divisor = small.divisor;
  let rateLimit = Math.floor(product / divisor);
  let remainder = product - rateLimit * divisor;
  while (remainder < 0) {
    rateLimit -= 1;
    remainder += divisor;
  }
  while (remainder >= divisor) {
    rateLimit += 1;
    remainder -= divisor;
  }
  // Written through a bigint: V8 writes a small bigint as text several times faster than a JS number above 2^31.
  const rateLimitText = `${BigInt(rateLimit)}` as VndAmount;
  const capBinds = small.cap <= rateLimit;
  const limit = capBinds ? small.cap : rateLimit;
  const capText = rule.capText;
  const limitText = capBinds && capText !== null ? capText : rateLimitText;
  const requestBinds = asked !== undefined && requested < limit;
  return {
    amount: requestBinds ? (`${BigInt(requested)}` as VndAmount) : limitText,
    limit: limitText,
    rateLimit: rateLimitText,
    capLimit: capText,
    binding: requestBinds ? 'requested' : capBinds ? 'cap' : 'rate',
    requestedWithinLimit: asked === undefined ? null : requested <= limit,
    maxRatePercent: rule.ratePercentText,
    ruleSetId: compiled.ruleSet.id,
    legalReference: rule.rule.legalReference,
    confidence: rule.rule.confidence,
    modifiers: NO_MODIFIERS,
  };
}

function support(
  input: ComputeSupportInput,
  compiled: CompiledRuleSet,
  rule: CompiledRule,
): SupportResult {
  const fast = smallSupport(input, compiled, rule);
  if (fast !== undefined) return fast;
  const mode = readRounding(input.rounding, 'floor');
  const cost = parseNonNegativeAmount(input.eligibleCost, 'eligibleCost');
  const asked = input.requested;
  const requested = asked === undefined ? undefined : parseNonNegativeAmount(asked, 'requested');
  const applied = readModifiers(input.modifiers);
  let rate = rule.ratePercent;
  let divisor = rule.rateDivisor;
  let cap = rule.cap;
  let capText: VndAmount | null = rule.capText;
  let rateText: DecimalString = rule.ratePercentText;
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
    rateText = scaledToString(rate);
    if (cap !== undefined) {
      cap = divRound(cap * capFactor.units, 10n ** BigInt(capFactor.scale), mode);
      capText = `${cap}`;
    }
  }
  const rateLimit = divRound(cost * rate.units, divisor, mode);
  const rateLimitText: VndAmount = `${rateLimit}`;
  const capBinds = cap !== undefined && cap <= rateLimit;
  const limit = capBinds ? (cap as bigint) : rateLimit;
  const limitText = capBinds && capText !== null ? capText : rateLimitText;
  const requestBinds = requested !== undefined && requested < limit;
  return {
    amount: requestBinds ? `${requested}` : limitText,
    limit: limitText,
    rateLimit: rateLimitText,
    capLimit: capText,
    binding: requestBinds ? 'requested' : capBinds ? 'cap' : 'rate',
    requestedWithinLimit: requested === undefined ? null : requested <= limit,
    maxRatePercent: rateText,
    ruleSetId: compiled.ruleSet.id,
    legalReference: rule.rule.legalReference,
    confidence: rule.rule.confidence,
    modifiers: applied,
  };
}

function readModifiers(value: unknown): readonly string[] {
  if (value === undefined) return NO_MODIFIERS;
  if (Array.isArray(value) && value.every((id) => typeof id === 'string')) return [...value];
  throw invalidArgument('modifiers', value, 'an array of modifier ids');
}

/** The rule set given, or the one in force in the registry, or why there is none. */
function resolveRuleSet(input: ComputeSupportInput): CompiledRuleSet | SupportUnavailable {
  const ruleSet = input.ruleSet;
  if (ruleSet !== undefined) return compileRuleSet(ruleSet);
  const { fund, date } = input;
  const province = input.province;
  if (fund === undefined || date === undefined) {
    throw invalidArgument('ruleSet', ruleSet, 'a rule set, or fund and date to select one');
  }
  const registry = input.registry ?? defaultRegistry();
  // Only a registry made by createRuleSetRegistry: its selection is calc's own code, never a caller's
  // method (an array's inherited `find` once passed for one).
  const selection =
    typeof registry === 'object' && registry !== null ? selectionOf(registry) : undefined;
  if (selection === undefined) {
    throw invalidArgument('registry', registry, 'a registry made by createRuleSetRegistry');
  }
  const found = selection(fund, province, date) ?? undefined;
  if (found !== undefined) return compileRuleSet(found);
  return {
    found: false,
    reason: 'NO_RULE_SET',
    details: noRuleSetDetails(fund, province, toIsoDate(date)),
  };
}

function findRule(
  compiled: CompiledRuleSet,
  activity: unknown,
  variant: unknown,
): CompiledRule | SupportUnavailable {
  // The common call first: no variant, and a rule for the activity (only known activities have rules).
  if (variant === undefined) {
    const plain = compiled.rules.get(activity as string);
    if (plain !== undefined) return plain;
  }
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
    return {
      found: false,
      reason: 'VARIANT_REQUIRED',
      details: { ruleSetId, activity: name, variants: variants.join(', ') },
    };
  }
  return {
    found: false,
    reason: 'NO_RULE',
    details: { ruleSetId, activity: name, variant: variant ?? '' },
  };
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
