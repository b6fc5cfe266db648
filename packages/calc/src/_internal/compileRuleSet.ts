import {
  ACTIVITIES,
  type DecimalString,
  isIsoDate,
  STATE_FUNDING_SOURCES,
  type VndAmount,
} from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import type { RuleSet, SupportModifier, SupportRule } from '../rules/RuleSet';
import { calcError } from './calcError';
import { parseAmount, parseDecimal, type ScaledDecimal } from './parseAmount';
import { compareScaled, scaled, scaledToString } from './scaled';

/** @internal A modifier with its multipliers parsed. */
export interface CompiledModifier {
  readonly id: string;
  readonly capMultiplier: ScaledDecimal;
  readonly rateMultiplier: ScaledDecimal;
}

/** @internal A rule with its rate and cap parsed, and the modifiers it accepts (its own and the set's). */
export interface CompiledRule {
  readonly rule: SupportRule;
  /** The maximum rate in percent; 100 when the rule has none. */
  readonly ratePercent: ScaledDecimal;
  /** `100 × 10^scale` of the rate: the divisor that turns `cost × rate units` into đồng. */
  readonly rateDivisor: bigint;
  /** The maximum rate as a canonical decimal string (`'50'`). */
  readonly ratePercentText: DecimalString;
  readonly cap: bigint | undefined;
  /** The cap as a whole-đồng string, or `null` when the rule has none. */
  readonly capText: VndAmount | null;
  /**
   * The rate's units, divisor and the cap as JS numbers when each is a safe integer (for the exact number
   * path of `computeSupport`: a product of at most 2^53 is exact), else `undefined`; no cap is `Infinity`.
   */
  readonly small:
    | { readonly units: number; readonly divisor: number; readonly cap: number }
    | undefined;
  readonly modifiers: ReadonlyMap<string, CompiledModifier>;
}

/** @internal A validated rule set, indexed by activity and variant. */
export interface CompiledRuleSet {
  readonly ruleSet: RuleSet;
  readonly rules: ReadonlyMap<string, CompiledRule>;
  /** The variants of each activity that has variants. */
  readonly variants: ReadonlyMap<string, readonly string[]>;
}

const ONE = scaled(1n);
const HUNDRED = scaled(100n);
/** Rule sets are immutable data: each is validated and compiled once. */
const compiled = new WeakMap<object, CompiledRuleSet>();

/** @internal The key of a rule in {@link CompiledRuleSet.rules}. */
export function ruleKey(activity: string, variant: string | undefined): string {
  return variant === undefined ? activity : `${activity}\u0000${variant}`;
}

/**
 * @internal Validates a rule set (throws `INVALID_RULE_SET` with the reason and the offending field) and
 * compiles it; the result is cached per rule-set object.
 */
export function compileRuleSet(ruleSet: unknown): CompiledRuleSet {
  if (typeof ruleSet === 'object' && ruleSet !== null) {
    const cached = compiled.get(ruleSet);
    if (cached !== undefined) return cached;
  }
  const result = compile(ruleSet);
  compiled.set(result.ruleSet, result);
  return result;
}

function compile(input: unknown): CompiledRuleSet {
  const set = asRecord<keyof RuleSet>(input, '', 'ruleSet');
  const id = set.id;
  if (typeof id !== 'string' || id === '') throw invalid('', 'shape', 'id', id);
  if (!(STATE_FUNDING_SOURCES as readonly unknown[]).includes(set.fund)) {
    throw invalid(id, 'shape', 'fund', set.fund);
  }
  const province = set.province;
  if (set.fund === 'local' && (typeof province !== 'string' || province === '')) {
    throw invalid(id, 'missing-province', 'province', province);
  }
  const from = set.effectiveFrom;
  const to = set.effectiveTo;
  if (!isIsoDate(from)) throw invalid(id, 'dates', 'effectiveFrom', from);
  if (to !== undefined && (!isIsoDate(to) || to < from))
    throw invalid(id, 'dates', 'effectiveTo', to);
  const shared = compileModifiers(id, set.modifiers, 'modifiers');
  const rulesInput = set.rules;
  if (!Array.isArray(rulesInput)) throw invalid(id, 'shape', 'rules', rulesInput);
  const rules = new Map<string, CompiledRule>();
  const variants = new Map<string, string[]>();
  rulesInput.forEach((ruleInput: unknown, index) => {
    const field = `rules[${index}]`;
    const compiledRule = compileRule(id, ruleInput, field, shared);
    const { activity, variant } = compiledRule.rule;
    const key = ruleKey(activity, variant);
    const hasPlain = rules.has(ruleKey(activity, undefined));
    if (rules.has(key) || (variant === undefined ? variants.has(activity) : hasPlain)) {
      throw invalid(
        id,
        'duplicate-rule',
        field,
        variant === undefined ? activity : `${activity} ${variant}`,
      );
    }
    rules.set(key, compiledRule);
    if (variant !== undefined) variants.set(activity, [...(variants.get(activity) ?? []), variant]);
  });
  return { ruleSet: input as RuleSet, rules, variants };
}

function compileRule(
  id: string,
  input: unknown,
  field: string,
  shared: ReadonlyMap<string, CompiledModifier>,
): CompiledRule {
  const rule = asRecord<keyof SupportRule>(input, id, field);
  if (!(ACTIVITIES as readonly unknown[]).includes(rule.activity)) {
    throw invalid(id, 'shape', `${field}.activity`, rule.activity);
  }
  const variant = rule.variant;
  if (variant !== undefined && (typeof variant !== 'string' || variant === '')) {
    throw invalid(id, 'shape', `${field}.variant`, variant);
  }
  if (typeof rule.legalReference !== 'object' || rule.legalReference === null) {
    throw invalid(id, 'shape', `${field}.legalReference`, rule.legalReference);
  }
  const ratePercent =
    rule.maxRatePercent === undefined
      ? HUNDRED
      : parseField(id, `${field}.maxRatePercent`, rule.maxRatePercent, parseDecimal);
  if (ratePercent.units < 0n)
    throw invalid(id, 'negative-rate', `${field}.maxRatePercent`, rule.maxRatePercent);
  if (compareScaled(ratePercent, HUNDRED) > 0) {
    throw invalid(id, 'rate-above-100', `${field}.maxRatePercent`, rule.maxRatePercent);
  }
  const cap =
    rule.cap === undefined ? undefined : parseField(id, `${field}.cap`, rule.cap, parseAmount);
  if (cap !== undefined && cap < 0n) throw invalid(id, 'negative-cap', `${field}.cap`, rule.cap);
  const own = compileModifiers(id, rule.modifiers, `${field}.modifiers`);
  const rateDivisor = 100n * 10n ** BigInt(ratePercent.scale);
  return {
    rule: input as SupportRule,
    ratePercent,
    rateDivisor,
    ratePercentText: scaledToString(ratePercent),
    cap,
    capText: cap === undefined ? null : `${cap}`,
    small:
      isSafe(ratePercent.units) && isSafe(rateDivisor) && (cap === undefined || isSafe(cap))
        ? {
            units: Number(ratePercent.units),
            divisor: Number(rateDivisor),
            cap: cap === undefined ? Number.POSITIVE_INFINITY : Number(cap),
          }
        : undefined,
    modifiers: new Map([...shared, ...own]),
  };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Whether a bigint is a safe integer as a JS number, and not negative. */
function isSafe(value: bigint): boolean {
  return value >= 0n && value <= MAX_SAFE;
}

function compileModifiers(
  id: string,
  input: unknown,
  field: string,
): Map<string, CompiledModifier> {
  const modifiers = new Map<string, CompiledModifier>();
  if (input === undefined) return modifiers;
  if (!Array.isArray(input)) throw invalid(id, 'modifier', field, input);
  input.forEach((modifierInput: unknown, index) => {
    const where = `${field}[${index}]`;
    const modifier = asRecord(modifierInput, id, where) as Partial<
      Record<keyof SupportModifier, unknown>
    >;
    if (typeof modifier.id !== 'string' || modifier.id === '' || modifiers.has(modifier.id)) {
      throw invalid(id, 'modifier', `${where}.id`, modifier.id);
    }
    modifiers.set(modifier.id, {
      id: modifier.id,
      capMultiplier: multiplier(id, `${where}.capMultiplier`, modifier.capMultiplier),
      rateMultiplier: multiplier(id, `${where}.rateMultiplier`, modifier.rateMultiplier),
    });
  });
  return modifiers;
}

function multiplier(id: string, field: string, value: unknown): ScaledDecimal {
  if (value === undefined) return ONE;
  const parsed = parseField(id, field, value, parseDecimal);
  if (parsed.units <= 0n) throw invalid(id, 'modifier', field, value);
  return parsed;
}

function parseField<T>(
  id: string,
  field: string,
  value: unknown,
  parse: (v: unknown, p: string) => T,
): T {
  try {
    return parse(value, field);
  } catch {
    throw invalid(id, 'shape', field, value);
  }
}

function asRecord<K extends string>(
  value: unknown,
  id: string,
  field: string,
): Partial<Record<K, unknown>> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Partial<Record<K, unknown>>;
  }
  throw invalid(id, 'shape', field, value);
}

/** @internal The `INVALID_RULE_SET` error. */
export function invalid(
  ruleSetId: string,
  reason: string,
  field: string,
  value: unknown,
  extra: Readonly<Record<string, string>> = {},
): Error {
  return calcError(
    'INVALID_RULE_SET',
    `Rule set ${JSON.stringify(ruleSetId)} is invalid (${reason}) at ${field || 'top level'}: ${describeValue(value)}.`,
    { ruleSetId, reason, field, value: describeValue(value), ...extra },
  );
}
