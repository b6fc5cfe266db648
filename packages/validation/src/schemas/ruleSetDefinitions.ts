// The schema definitions of a rule-set file (see _internal/modelSchema.ts): the shape of calc's RuleSet and of
// domain's LegalDocument, with clear paths. What the figures mean (a rate above 100%, a negative cap, two rules
// for one activity, dates out of order, a local rule set without a province) is calc's compileRuleSet's to say.
import type { CapUnit, RateBase, RuleSet, SupportModifier, SupportRule } from '@khuyencong/calc';
import {
  ACTIVITIES,
  type DecimalString,
  LEGAL_DOCUMENT_KINDS,
  type LegalDocument,
  MAX_AMOUNT_DIGITS,
  SOURCE_BASES,
  type SourceConfidence,
  STATE_FUNDING_SOURCES,
  type VndAmount,
} from '@khuyencong/domain';
import * as z from 'zod/mini';
import * as core from 'zod/v4/core';
import { exactSchema } from '../_internal/exactSchema';
import type { ModelBuild } from '../_internal/modelSchema';
import type { Matches } from '../_internal/typeEquality';
import { isoDateSchema } from './isoDateSchema';
import { legalReferenceModel, textModel } from './modelDefinitions';
import type { RuleSetFile } from './RuleSetFile';

const RATE_BASES = [
  'eligible-cost',
  'interest',
  'booth-rent',
  'listed-costs',
  'air-tickets',
] as const;
const CAP_UNITS = [
  'enterprise',
  'model',
  'facility',
  'cluster',
  'linkage-cluster',
  'round',
  'product',
  'brand',
  'association',
] as const;
const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
const listsMatchCalc: [
  Matches<(typeof RATE_BASES)[number], RateBase>,
  Matches<(typeof CAP_UNITS)[number], CapUnit>,
  Matches<(typeof CONFIDENCE_LEVELS)[number], SourceConfidence['level']>,
] = [true, true, true];
void listsMatchCalc;

/** Whole đồng written as an integer string (`'800000000'`), as calc reads a cap. */
const WHOLE_DONG = /^-?\d+$/;
/** A plain decimal string (`'30'`, `'1.5'`), as calc reads a rate or a multiplier. */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
/** The longest whole-đồng and decimal strings read: a sign, {@link MAX_AMOUNT_DIGITS} digits and a point. */
const MAX_WHOLE_DONG_LENGTH = MAX_AMOUNT_DIGITS + 1;
const MAX_DECIMAL_LENGTH = MAX_AMOUNT_DIGITS + 2;

const optional = z.exactOptional;

/** @internal A cap: whole đồng as a string. */
export function wholeDongStringModel(): z.ZodMiniType<VndAmount, string> {
  return z.string().check(z.maxLength(MAX_WHOLE_DONG_LENGTH), z.regex(WHOLE_DONG)) as z.ZodMiniType<
    VndAmount,
    string
  >;
}

/** @internal A rate or a multiplier: a plain decimal string. */
export function decimalStringModel(): z.ZodMiniType<DecimalString, string> {
  return z.string().check(z.maxLength(MAX_DECIMAL_LENGTH), z.regex(DECIMAL));
}

/** @internal A SourceConfidence. */
export function confidenceModel({ object }: ModelBuild): z.ZodMiniType<SourceConfidence> {
  return exactSchema<SourceConfidence>()(
    object({ basis: z.enum(SOURCE_BASES), level: z.enum(CONFIDENCE_LEVELS) }),
  );
}

/** @internal A SupportModifier. */
export function supportModifierModel({ object, use }: ModelBuild): z.ZodMiniType<SupportModifier> {
  const decimal = use(decimalStringModel);
  return exactSchema<SupportModifier>()(
    object({
      id: use(textModel),
      capMultiplier: optional(decimal),
      rateMultiplier: optional(decimal),
      legalReference: use(legalReferenceModel),
      confidence: use(confidenceModel),
      note: optional(z.string()),
    }),
  );
}

/** @internal A SupportRule. */
export function supportRuleModel({ object, use }: ModelBuild): z.ZodMiniType<SupportRule> {
  return exactSchema<SupportRule>()(
    object({
      activity: z.enum(ACTIVITIES),
      variant: optional(use(textModel)),
      maxRatePercent: optional(use(decimalStringModel)),
      rateBase: optional(z.enum(RATE_BASES)),
      cap: optional(use(wholeDongStringModel)),
      capUnit: optional(z.enum(CAP_UNITS)),
      legalReference: use(legalReferenceModel),
      confidence: use(confidenceModel),
      modifiers: optional(z.array(use(supportModifierModel))),
      note: optional(z.string()),
    }),
  );
}

/** @internal A RuleSet. */
export function ruleSetModel({ object, use }: ModelBuild): z.ZodMiniType<RuleSet> {
  const text = use(textModel);
  return exactSchema<RuleSet>()(
    object({
      id: text,
      name: text,
      fund: z.enum(STATE_FUNDING_SOURCES),
      province: optional(text),
      legalDocuments: z.array(text),
      effectiveFrom: isoDateSchema,
      effectiveTo: optional(isoDateSchema),
      confidence: use(confidenceModel),
      modifiers: optional(z.array(use(supportModifierModel))),
      rules: z.array(use(supportRuleModel)),
      note: optional(z.string()),
    }),
  );
}

/** @internal A LegalDocument. */
export function legalDocumentModel({ object, use }: ModelBuild): z.ZodMiniType<LegalDocument> {
  const text = use(textModel);
  return exactSchema<LegalDocument>()(
    object({
      id: text,
      number: optional(text),
      kind: z.enum(LEGAL_DOCUMENT_KINDS),
      issuer: text,
      title: text,
      issuedOn: optional(isoDateSchema),
      effectiveFrom: optional(isoDateSchema),
      effectiveTo: optional(isoDateSchema),
      amends: optional(z.array(text)),
      replaces: optional(z.array(text)),
      url: optional(text),
      confidence: use(confidenceModel),
      note: optional(z.string()),
    }),
  );
}

/** @internal The object form of a rule-set file: its own legal documents and its rule sets. */
export function ruleSetDocumentModel({ object, use }: ModelBuild): z.ZodMiniType<RuleSetDocument> {
  return object({
    $schema: optional(z.string()),
    legalDocuments: optional(z.array(use(legalDocumentModel))),
    ruleSets: z.array(use(ruleSetModel)),
  });
}

type RuleSetDocument = {
  $schema?: string;
  legalDocuments?: LegalDocument[];
  ruleSets: RuleSet[];
};
type Forms = readonly [
  z.ZodMiniType<RuleSet>,
  z.ZodMiniType<RuleSet[]>,
  z.ZodMiniType<RuleSetDocument>,
];
type Init = (inst: z.ZodMiniUnion, def: core.$ZodUnionDef) => void;

/**
 * A union of the three forms of a rule-set file that parses the input with the one form its shape names (an
 * array: a list; an object with `ruleSets`: the object form; anything else: one rule set), so that a mistake
 * comes back at its own path (`ruleSets.0.rules.1.cap`) instead of as one `invalid_union`. To JSON Schema and
 * to zod's other tools it is the plain union (`anyOf`).
 */
/** The most rule sets a file may hold (the built-in ones are three). */
const MAX_RULE_SETS = 1_000;

const FormsOfFile: core.$constructor<z.ZodMiniUnion> = /* @__PURE__ */ core.$constructor(
  'KhuyenCongRuleSetFile',
  (inst, def) => {
    (core.$ZodUnion.init as Init)(inst, def);
    (z.ZodMiniType.init as Init)(inst, def);
    const [ruleSet, list, document] = def.options as unknown as Forms;
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      const isDocument =
        !Array.isArray(input) &&
        typeof input === 'object' &&
        input !== null &&
        Object.hasOwn(input, 'ruleSets');
      // A list of more rule sets than any file holds is one issue, not one per item (100,000 items: 90 ms).
      const items: unknown = isDocument
        ? (input as { readonly ruleSets: unknown }).ruleSets
        : input;
      if (Array.isArray(items) && items.length > MAX_RULE_SETS) {
        payload.issues.push({
          code: 'too_big',
          origin: 'array',
          maximum: MAX_RULE_SETS,
          inclusive: true,
          input: items,
          inst,
          path: isDocument ? ['ruleSets'] : [],
        });
        return payload;
      }
      const form = Array.isArray(input) ? list : isDocument ? document : ruleSet;
      return form._zod.run(payload, ctx);
    };
  },
);

/** @internal A rule-set file in any of its three forms, normalised to its legal documents and rule sets. */
export function ruleSetFileModel({ use }: ModelBuild): z.ZodMiniType<RuleSetFile> {
  const ruleSet = use(ruleSetModel);
  const forms: Forms = [ruleSet, z.array(ruleSet), use(ruleSetDocumentModel)];
  const file = new FormsOfFile({ type: 'union', options: forms }) as unknown as z.ZodMiniType<
    RuleSet | RuleSet[] | RuleSetDocument
  >;
  return z.pipe(
    file,
    z.transform(
      (value: RuleSet | RuleSet[] | RuleSetDocument): RuleSetFile =>
        Array.isArray(value)
          ? { legalDocuments: [], ruleSets: value }
          : 'ruleSets' in value
            ? { legalDocuments: value.legalDocuments ?? [], ruleSets: value.ruleSets }
            : { legalDocuments: [], ruleSets: [value] },
    ),
  );
}
