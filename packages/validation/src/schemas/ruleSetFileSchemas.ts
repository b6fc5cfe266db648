import type { RuleSet } from '@khuyencong/calc';
import type { LegalDocument } from '@khuyencong/domain';
import type * as z from 'zod/mini';
import { modelSchema } from '../_internal/modelSchema';
import type { RuleSetFile } from './RuleSetFile';
import { legalDocumentModel, ruleSetFileModel, ruleSetModel } from './ruleSetDefinitions';

/**
 * A `RuleSet` of `@khuyencong/calc` (a circular's or a province's support limits), strict: its shape only, each
 * mistake at its path. Caps are whole đồng written as integer strings (`"800000000"`), rates and multipliers
 * plain decimal strings (`"30"`, `"1.5"`), dates `YYYY-MM-DD` calendar dates, activities and funds from the
 * domain's code lists, and unknown keys are rejected. What the figures mean (a rate above 100%, a negative cap,
 * two rules for one activity, dates out of order) is checked by calc's `createRuleSetRegistry` /
 * `computeSupport`.
 *
 * @category Rule-set files
 * @example
 * ```ts
 * import { DAK_LAK_2025 } from '@khuyencong/calc';
 * import { ruleSetSchema } from '@khuyencong/validation';
 * const rule = { ...DAK_LAK_2025.rules[0], cap: 800000000 };
 * [ruleSetSchema.safeParse(DAK_LAK_2025).success, ruleSetSchema.safeParse({ ...DAK_LAK_2025, rules: [rule] }).error?.issues[0]?.path]
 * //=> [true, ['rules', 0, 'cap']]
 * ```
 */
export const ruleSetSchema: z.ZodMiniType<RuleSet> = /* @__PURE__ */ modelSchema(ruleSetModel);

/**
 * A `LegalDocument` of `@khuyencong/domain`, strict: how a rule-set file defines a document its rule sets cite
 * that the domain's `LEGAL_DOCUMENTS` does not hold (a province's own HĐND resolution): id, kind, issuer and
 * title, and where known the number, dates (`YYYY-MM-DD`), the documents it amends or replaces, a URL, with how
 * sure the source is.
 *
 * @category Rule-set files
 * @example
 * ```ts
 * import { legalDocumentSchema } from '@khuyencong/validation';
 * const resolution = { id: 'nq-hdnd-x-2025', kind: 'resolution', issuer: 'HĐND tỉnh X', title: 'Quy định mức chi khuyến công', issuedOn: '2025-07-16', confidence: { basis: 'read', level: 'high' } };
 * [legalDocumentSchema.safeParse(resolution).success, legalDocumentSchema.safeParse({ ...resolution, issuedOn: '2025-02-30' }).error?.issues[0]?.path]
 * //=> [true, ['issuedOn']]
 * ```
 */
export const legalDocumentSchema: z.ZodMiniType<LegalDocument> =
  /* @__PURE__ */ modelSchema(legalDocumentModel);

/**
 * A rule-set file (what the CLI's `--rules FILE` and a server load): one rule set ({@link ruleSetSchema}), an
 * array of them, or an object `{ "$schema"?: string, "legalDocuments"?: LegalDocument[], "ruleSets": RuleSet[] }`
 * whose legal documents ({@link legalDocumentSchema}) define the province's own texts. Whichever form was
 * written, the output is a {@link RuleSetFile} `{ legalDocuments, ruleSets }`. A mistake is reported at its
 * path in the form the file uses (`ruleSets.0.rules.1.cap`, `0.effectiveFrom`, `rules.0.activity`), not as a
 * mismatch of the three forms; the JSON Schema (`toJsonSchemas().ruleSetFile`) lists the three forms.
 *
 * @category Rule-set files
 * @example
 * ```ts
 * import { DAK_LAK_2025 } from '@khuyencong/calc';
 * import { ruleSetFileSchema } from '@khuyencong/validation';
 * const { legalDocuments, ruleSets } = ruleSetFileSchema.parse([DAK_LAK_2025]);
 * [legalDocuments.length, ruleSets.map((ruleSet) => ruleSet.id), ruleSetFileSchema.safeParse({ ruleSets: [{ ...DAK_LAK_2025, fund: 'province' }] }).error?.issues[0]?.path]
 * //=> [0, ['dak-lak-2025'], ['ruleSets', 0, 'fund']]
 * ```
 */
export const ruleSetFileSchema: z.ZodMiniType<RuleSetFile> =
  /* @__PURE__ */ modelSchema(ruleSetFileModel);
