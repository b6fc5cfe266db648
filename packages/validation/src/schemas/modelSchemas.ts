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
import { compileWhenHot } from '../_internal/compileWhenHot';
import { modelSchema } from '../_internal/modelSchema';
import {
  annualPlanModel,
  beneficiaryModel,
  certificateModel,
  consultingFiguresModel,
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
 * A `Project` (đề án khuyến công), strict: unknown keys are rejected, amounts are whole đồng and never
 * negative, dates are calendar dates. Use {@link createModelSchemas} for the stripping variant.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { projectSchema } from '@khuyencong/validation';
 * const project = { ...SEED_DATASET.projects[1], totalCost: 899000000 };
 * [projectSchema.parse(project).totalCost, projectSchema.safeParse({ ...project, totalCost: 899000000.5 }).success]
 * //=> ['899000000', false]
 * ```
 */
export const projectSchema: z.ZodMiniType<Project> = /* @__PURE__ */ compileWhenHot(
  modelSchema(projectModel),
);

/**
 * A `Beneficiary` (đối tượng thụ hưởng), strict.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { beneficiarySchema } from '@khuyencong/validation';
 * beneficiarySchema.safeParse({ name: 'Hộ kinh doanh Thi Nga', kind: 'household-business' }).success
 * //=> true
 * ```
 */
export const beneficiarySchema: z.ZodMiniType<Beneficiary> =
  /* @__PURE__ */ modelSchema(beneficiaryModel);

/**
 * A `Location` (production site), strict.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { locationSchema } from '@khuyencong/validation';
 * locationSchema.safeParse({ provinceId: 'dak-lak', commune: 'Cư Né', communeKind: 'commune', asOf: '2024-01-01' }).success
 * //=> true
 * ```
 */
export const locationSchema: z.ZodMiniType<Location> = /* @__PURE__ */ modelSchema(locationModel);

/**
 * An `AnnualPlan` (kế hoạch khuyến công năm), strict.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { annualPlanSchema } from '@khuyencong/validation';
 * annualPlanSchema.parse({ scope: { kind: 'province', id: 'da-nang' }, year: 2024, planned: { amount: 5500000000 } }).planned
 * //=> { amount: '5500000000' }
 * ```
 */
export const annualPlanSchema: z.ZodMiniType<AnnualPlan> = /* @__PURE__ */ compileWhenHot(
  modelSchema(annualPlanModel),
);

/**
 * A `PeriodReport` (báo cáo kết quả), strict.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { periodReportSchema } from '@khuyencong/validation';
 * SEED_DATASET.reports.every((report) => periodReportSchema.safeParse(report).success)
 * //=> true
 * ```
 */
export const periodReportSchema: z.ZodMiniType<PeriodReport> = /* @__PURE__ */ compileWhenHot(
  modelSchema(periodReportModel),
);

/**
 * A `Period` (năm, 9 tháng, quý...), strict: a quarter needs an index 1-4, a month 1-12, a multi-year period
 * an `endYear` after its `year`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { periodSchema } from '@khuyencong/validation';
 * [periodSchema.safeParse({ kind: 'quarter', year: 2024, index: 3 }).success, periodSchema.safeParse({ kind: 'quarter', year: 2024, index: 5 }).success]
 * //=> [true, false]
 * ```
 */
export const periodSchema: z.ZodMiniType<Period> = /* @__PURE__ */ modelSchema(periodModel);

/**
 * A `ReportScope`, strict: `national` has no id, the other kinds need one.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { reportScopeSchema } from '@khuyencong/validation';
 * [reportScopeSchema.safeParse({ kind: 'national' }).success, reportScopeSchema.safeParse({ kind: 'province' }).success]
 * //=> [true, false]
 * ```
 */
export const reportScopeSchema: z.ZodMiniType<ReportScope> =
  /* @__PURE__ */ modelSchema(reportScopeModel);

/**
 * A `ReportedAmount` (an amount as printed, with its approximate word), strict.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { reportedAmountSchema } from '@khuyencong/validation';
 * reportedAmountSchema.parse({ amount: '9000000000', qualifier: 'more-than', asWritten: 'hơn 9 tỷ đồng' }).qualifier
 * //=> 'more-than'
 * ```
 */
export const reportedAmountSchema: z.ZodMiniType<ReportedAmount> =
  /* @__PURE__ */ modelSchema(reportedAmountModel);

/**
 * A `ReportedPercent`: percentage points as a canonical decimal string (`'93.5'`, not `93.5` or `'93,5'`), strict.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { reportedPercentSchema } from '@khuyencong/validation';
 * [reportedPercentSchema.safeParse({ percent: '93.5' }).success, reportedPercentSchema.safeParse({ percent: '93,5' }).success]
 * //=> [true, false]
 * ```
 */
export const reportedPercentSchema: z.ZodMiniType<ReportedPercent> =
  /* @__PURE__ */ modelSchema(reportedPercentModel);

/**
 * `ConsultingFigures` of the khuyến công centres, strict.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { consultingFiguresSchema } from '@khuyencong/validation';
 * consultingFiguresSchema.safeParse({ units: 5, unitsInScope: 15, projects: -1 }).success
 * //=> false
 * ```
 */
export const consultingFiguresSchema: z.ZodMiniType<ConsultingFigures> =
  /* @__PURE__ */ modelSchema(consultingFiguresModel);

/**
 * A `Certificate`, strict: a typical-product certificate needs its `level`, an OCOP certificate its `stars`,
 * and a revocation cannot precede the issue.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { certificateSchema } from '@khuyencong/validation';
 * const ocop = { kind: 'ocop', productName: 'Cà phê', holder: 'HTX', issuedOn: '2023-03-15' };
 * [certificateSchema.safeParse({ ...ocop, stars: 4 }).success, certificateSchema.safeParse(ocop).success]
 * //=> [true, false]
 * ```
 */
export const certificateSchema: z.ZodMiniType<Certificate> =
  /* @__PURE__ */ modelSchema(certificateModel);

/**
 * A `LegalReference` (document, Điều, khoản, điểm), strict.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { legalReferenceSchema } from '@khuyencong/validation';
 * legalReferenceSchema.safeParse({ document: 'tt-28-2018-btc', article: '8', clause: '4' }).success
 * //=> true
 * ```
 */
export const legalReferenceSchema: z.ZodMiniType<LegalReference> =
  /* @__PURE__ */ modelSchema(legalReferenceModel);

/**
 * A `SeedDataset` (plans, reports and projects of one source), strict.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { seedDatasetSchema } from '@khuyencong/validation';
 * seedDatasetSchema.safeParse(SEED_DATASET).success
 * //=> true
 * ```
 */
export const seedDatasetSchema: z.ZodMiniType<SeedDataset> =
  /* @__PURE__ */ modelSchema(seedDatasetModel);
