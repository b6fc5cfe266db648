import type {
  AnnualPlan,
  Beneficiary,
  Certificate,
  ConsultingFigures,
  LegalReference,
  Location,
  Period,
  PeriodReport,
  Project,
  ReportedAmount,
  ReportedPercent,
  ReportScope,
  SeedDataset,
} from '@khuyencong/domain';
import type * as z from 'zod/mini';
import { modelSchema } from '../_internal/modelSchema';
import { optionsObject } from '../_internal/resolveAsOf';
import type { EligibilityApplication } from '../eligibility/EligibilityApplication';
import {
  annualPlanModel,
  beneficiaryModel,
  certificateModel,
  consultingFiguresModel,
  eligibilityApplicationModel,
  legalReferenceModel,
  locationModel,
  periodModel,
  periodReportModel,
  projectModel,
  reportedAmountModel,
  reportedPercentModel,
  reportScopeModel,
  seedDatasetModel,
} from './modelDefinitions';

/**
 * Options of {@link createModelSchemas}.
 *
 * @category Schemas
 */
export interface ModelSchemaOptions {
  /**
   * What to do with keys a model does not have: `reject` (the default: an `unrecognized_keys` issue) or
   * `strip` (drop them). Either way `__proto__` and `constructor` never reach an output object.
   */
  readonly unknownKeys?: 'reject' | 'strip';
}

/**
 * The zod schemas of every `@khuyencong/domain` model, each checked at compile time against its domain type.
 *
 * @category Schemas
 */
export interface ModelSchemas {
  /** A {@link @khuyencong/domain!LegalReference | LegalReference}. */
  readonly legalReference: z.ZodMiniType<LegalReference>;
  /** A {@link @khuyencong/domain!ReportScope | ReportScope}. */
  readonly reportScope: z.ZodMiniType<ReportScope>;
  /** A {@link @khuyencong/domain!Period | Period}. */
  readonly period: z.ZodMiniType<Period>;
  /** A {@link @khuyencong/domain!ReportedAmount | ReportedAmount}. */
  readonly reportedAmount: z.ZodMiniType<ReportedAmount>;
  /** A {@link @khuyencong/domain!ReportedPercent | ReportedPercent}. */
  readonly reportedPercent: z.ZodMiniType<ReportedPercent>;
  /** A {@link @khuyencong/domain!ConsultingFigures | ConsultingFigures}. */
  readonly consultingFigures: z.ZodMiniType<ConsultingFigures>;
  /** A {@link @khuyencong/domain!Location | Location}. */
  readonly location: z.ZodMiniType<Location>;
  /** A {@link @khuyencong/domain!Beneficiary | Beneficiary}. */
  readonly beneficiary: z.ZodMiniType<Beneficiary>;
  /** A {@link @khuyencong/domain!Project | Project}. */
  readonly project: z.ZodMiniType<Project>;
  /** An {@link @khuyencong/domain!AnnualPlan | AnnualPlan}. */
  readonly annualPlan: z.ZodMiniType<AnnualPlan>;
  /** A {@link @khuyencong/domain!PeriodReport | PeriodReport}. */
  readonly periodReport: z.ZodMiniType<PeriodReport>;
  /** A {@link @khuyencong/domain!Certificate | Certificate}. */
  readonly certificate: z.ZodMiniType<Certificate>;
  /** A {@link @khuyencong/domain!SeedDataset | SeedDataset}. */
  readonly seedDataset: z.ZodMiniType<SeedDataset>;
  /** An {@link EligibilityApplication}. */
  readonly eligibilityApplication: z.ZodMiniType<EligibilityApplication>;
}

const cache = /* @__PURE__ */ new Map<boolean, ModelSchemas>();

/**
 * Builds the zod schemas of every model: amounts through {@link costAmountSchema} (never negative), dates
 * through {@link isoDateSchema}, codes from the domain's code lists, and cross-field rules (a certificate's
 * level or stars, a period's index). The schemas of each mode are built once and shared.
 *
 * @param options - {@link ModelSchemaOptions}: `unknownKeys: 'reject'` (default) or `'strip'`.
 * @returns the schemas, by model.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_OPTION` when `options` is not a plain object; an
 *   unknown `unknownKeys` value is treated as `'reject'`.
 * @category Schemas
 * @example
 * ```ts
 * import { createModelSchemas } from '@khuyencong/validation';
 * const scope = { kind: 'province', id: 'phu-yen', note: 'extra' };
 * [createModelSchemas().reportScope.safeParse(scope).success, createModelSchemas({ unknownKeys: 'strip' }).reportScope.parse(scope)]
 * //=> [false, { kind: 'province', id: 'phu-yen' }]
 * ```
 */
export function createModelSchemas(options: ModelSchemaOptions = {}): ModelSchemas {
  const strict = optionsObject(options).unknownKeys !== 'strip';
  let schemas = cache.get(strict);
  if (schemas === undefined) {
    schemas = {
      legalReference: modelSchema(legalReferenceModel, strict),
      reportScope: modelSchema(reportScopeModel, strict),
      period: modelSchema(periodModel, strict),
      reportedAmount: modelSchema(reportedAmountModel, strict),
      reportedPercent: modelSchema(reportedPercentModel, strict),
      consultingFigures: modelSchema(consultingFiguresModel, strict),
      location: modelSchema(locationModel, strict),
      beneficiary: modelSchema(beneficiaryModel, strict),
      project: modelSchema(projectModel, strict),
      annualPlan: modelSchema(annualPlanModel, strict),
      periodReport: modelSchema(periodReportModel, strict),
      certificate: modelSchema(certificateModel, strict),
      seedDataset: modelSchema(seedDatasetModel, strict),
      eligibilityApplication: modelSchema(eligibilityApplicationModel, strict),
    };
    cache.set(strict, schemas);
  }
  return schemas;
}
