import * as z from 'zod/mini';
import { eligibilityApplicationSchema } from '../eligibility/eligibilityApplicationSchema';
import { costAmountSchema, vndAmountSchema } from './amountSchemas';
import {
  annualPlanSchema,
  certificateSchema,
  periodReportSchema,
  projectSchema,
  seedDatasetSchema,
} from './modelSchemas';
import { ruleSetFileSchema } from './ruleSetFileSchemas';

/**
 * A JSON Schema document (draft 2020-12) as plain JSON data.
 *
 * @category Schemas
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * The JSON Schemas {@link toJsonSchemas} returns, by model.
 *
 * @category Schemas
 */
export interface JsonSchemas {
  /** A đề án (`Project`). */
  readonly project: JsonSchema;
  /** An annual plan. */
  readonly annualPlan: JsonSchema;
  /** A period report. */
  readonly periodReport: JsonSchema;
  /** A product certificate. */
  readonly certificate: JsonSchema;
  /** An eligibility application. */
  readonly eligibilityApplication: JsonSchema;
  /** A dataset of plans, reports and projects. */
  readonly seedDataset: JsonSchema;
  /** A rule-set file: one rule set, an array of them, or `{ $schema?, legalDocuments?, ruleSets }`. */
  readonly ruleSetFile: JsonSchema;
}

const INTEGER_STRING = '^(?:0|-?[1-9]\\d*)$';
const NON_NEGATIVE_INTEGER_STRING = '^(?:0|[1-9]\\d*)$';

function amountJsonSchema(negative: boolean): Record<string, unknown> {
  return {
    description: 'Whole đồng: an integer string (any size) or a safe integer.',
    anyOf: [
      { type: 'string', pattern: negative ? INTEGER_STRING : NON_NEGATIVE_INTEGER_STRING },
      {
        type: 'integer',
        minimum: negative ? -Number.MAX_SAFE_INTEGER : 0,
        maximum: Number.MAX_SAFE_INTEGER,
      },
    ],
  };
}

function toJsonSchema(schema: z.core.$ZodType, title: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const node: unknown = ctx.zodSchema;
      if (node === costAmountSchema || node === vndAmountSchema) {
        for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
        Object.assign(ctx.jsonSchema, amountJsonSchema(node === vndAmountSchema));
      }
    },
  });
  return { $schema: json.$schema, title, ...json };
}

/**
 * JSON Schemas (draft 2020-12, zod 4's converter) of the main models, for provincial systems written in other
 * languages: they describe the JSON a system may send, that is the schemas' input (an amount is an integer
 * string or a safe integer; a date is `YYYY-MM-DD`; unknown keys are not allowed). Cross-field rules (a
 * certificate's level or stars) and the calendar check of years below 1000 are zod-only.
 *
 * @returns one JSON Schema per model.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} never.
 * @category Schemas
 * @example
 * ```ts
 * import { toJsonSchemas } from '@khuyencong/validation';
 * const { project } = toJsonSchemas();
 * [project['additionalProperties'], (project['required'] as string[]).includes('totalCost')]
 * //=> [false, true]
 * ```
 */
export function toJsonSchemas(): JsonSchemas {
  return {
    project: toJsonSchema(projectSchema, 'Project (đề án khuyến công)'),
    annualPlan: toJsonSchema(annualPlanSchema, 'AnnualPlan (kế hoạch khuyến công năm)'),
    periodReport: toJsonSchema(periodReportSchema, 'PeriodReport (báo cáo kết quả khuyến công)'),
    certificate: toJsonSchema(certificateSchema, 'Certificate (giấy chứng nhận sản phẩm)'),
    eligibilityApplication: toJsonSchema(
      eligibilityApplicationSchema,
      'EligibilityApplication (hồ sơ xét đối tượng hỗ trợ)',
    ),
    seedDataset: toJsonSchema(seedDatasetSchema, 'SeedDataset'),
    ruleSetFile: toJsonSchema(ruleSetFileSchema, 'Rule-set file (mức hỗ trợ khuyến công)'),
  };
}
