// The schema definition of every model, one function each (see _internal/modelSchema.ts): a bundle keeps only
// the definitions of the schemas it uses. createModelSchemas builds them all; the exported schemas one each.
import {
  ACTIVITIES,
  ADMIN_UNIT_KIND_INFO,
  ADMIN_UNIT_KINDS,
  AMOUNT_QUALIFIERS,
  type AmountQualifier,
  type AnnualPlan,
  BENEFICIARY_KINDS,
  type Beneficiary,
  CERTIFICATE_KINDS,
  type Certificate,
  CODE_LISTS,
  type ConsultingFigures,
  ENTERPRISE_SIZES,
  type FUNDING_SOURCES,
  type LegalReference,
  type Location,
  MAX_AMOUNT_DIGITS,
  OCOP_STARS,
  PERIOD_KINDS,
  type Period,
  type PeriodReport,
  PRIORITY_AREA_KINDS,
  PRIORITY_OWNER_KINDS,
  PROJECT_STATUSES,
  type Project,
  type ReportedAmount,
  type ReportedPercent,
  type ReportScope,
  type SeedDataset,
  STATE_FUNDING_SOURCES,
} from '@khuyencong/domain';
import * as z from 'zod/mini';
import { exactSchema } from '../_internal/exactSchema';
import type { ModelBuild } from '../_internal/modelSchema';
import type { Matches } from '../_internal/typeEquality';
import type {
  EligibilityApplication,
  EligibilitySite,
  SiteUnitKind,
} from '../eligibility/EligibilityApplication';
import { costAmountSchema } from './amountSchemas';
import { isoDateSchema } from './isoDateSchema';

type DistrictKind = NonNullable<EligibilitySite['districtKind']>;
const PERCENT = /^(?:0|-?[1-9]\d*)(?:\.\d*[1-9])?$|^-0\.\d*[1-9]$/;
const INDEX_RANGE: Readonly<Partial<Record<Period['kind'], number>>> = {
  quarter: 4,
  'half-year': 2,
  month: 12,
};
const fundingKeysMatch: Matches<
  (typeof FUNDING_SOURCES)[number],
  'national' | 'local' | 'counterpart' | 'other'
> = true;
void fundingKeysMatch;

const optional = z.exactOptional;

/** @internal The keys ConsultingFigures and a period report's `consulting` share. */
export interface ConsultingShape {
  readonly units: z.ZodMiniExactOptional<z.ZodMiniType<number, number>>;
  readonly unitsInScope: z.ZodMiniExactOptional<z.ZodMiniType<number, number>>;
  readonly projects: z.ZodMiniExactOptional<z.ZodMiniType<number, number>>;
  readonly revenue: z.ZodMiniExactOptional<z.ZodMiniType<ReportedAmount>>;
}

/** @internal A non-empty string. */
export function textModel(): z.ZodMiniType<string, string> {
  return z.string().check(z.minLength(1));
}

/** @internal A count: an integer, never negative. */
export function countModel(): z.ZodMiniType<number, number> {
  return z.int().check(z.gte(0));
}

/** @internal A year of four digits. */
export function yearModel(): z.ZodMiniType<number, number> {
  return z.int().check(z.gte(1000), z.lte(9999));
}

/** @internal The approximate word of a printed figure. */
export function qualifierModel(): z.ZodMiniExactOptional<z.ZodMiniType<AmountQualifier>> {
  return optional(z.enum(AMOUNT_QUALIFIERS));
}

function bySource<S extends z.ZodMiniType>({ object }: ModelBuild, value: S) {
  return object({
    national: optional(value),
    local: optional(value),
    counterpart: optional(value),
    other: optional(value),
  });
}

/** @internal A LegalReference. */
export function legalReferenceModel({ object, use }: ModelBuild): z.ZodMiniType<LegalReference> {
  const text = use(textModel);
  return exactSchema<LegalReference>()(
    object({
      // Any document id: one of LEGAL_DOCUMENTS or a document of the user's own rule set.
      document: text as z.ZodMiniType<LegalReference['document'], string>,
      article: optional(text),
      clause: optional(text),
      point: optional(text),
    }),
  );
}

/** @internal A ReportScope. */
export function reportScopeModel({ object, use }: ModelBuild): z.ZodMiniType<ReportScope> {
  return exactSchema<ReportScope>()(
    object({
      kind: z.enum(['national', 'region', 'province', 'unit']),
      id: optional(use(textModel)),
    }).check(
      z.refine((scope) => (scope.kind === 'national') === (scope.id === undefined), {
        path: ['id'],
        params: { code: 'INVALID_SCOPE_ID' },
      }),
    ),
  );
}

/** @internal A Period. */
export function periodModel({ object, use }: ModelBuild): z.ZodMiniType<Period> {
  const year = use(yearModel);
  return exactSchema<Period>()(
    object({
      kind: z.enum(PERIOD_KINDS),
      year,
      index: optional(z.int().check(z.gte(1), z.lte(12))),
      endYear: optional(year),
    }).check(
      z.superRefine((value, ctx) => {
        const max = INDEX_RANGE[value.kind];
        if (
          max === undefined
            ? value.index !== undefined
            : value.index === undefined || value.index > max
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['index'],
            params: { code: 'INVALID_PERIOD_INDEX' },
          });
        }
        if (
          (value.kind === 'multi-year') !== (value.endYear !== undefined) ||
          (value.endYear ?? value.year + 1) <= value.year
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['endYear'],
            params: { code: 'INVALID_PERIOD_END' },
          });
        }
      }),
    ),
  );
}

/** @internal A ReportedAmount. */
export function reportedAmountModel({ object, use }: ModelBuild): z.ZodMiniType<ReportedAmount> {
  return exactSchema<ReportedAmount>()(
    object({
      amount: costAmountSchema,
      qualifier: use(qualifierModel),
      asWritten: optional(z.string()),
    }),
  );
}

/** @internal A ReportedPercent. */
export function reportedPercentModel({ object, use }: ModelBuild): z.ZodMiniType<ReportedPercent> {
  return exactSchema<ReportedPercent>()(
    object({
      percent: z.string().check(z.maxLength(MAX_AMOUNT_DIGITS + 2), z.regex(PERCENT)),
      qualifier: use(qualifierModel),
      asWritten: optional(z.string()),
    }),
  );
}

/** @internal The keys of ConsultingFigures, shared with a period report's `consulting`. */
export function consultingShapeModel({ use }: ModelBuild): ConsultingShape {
  const count = use(countModel);
  return {
    units: optional(count),
    unitsInScope: optional(count),
    projects: optional(count),
    revenue: optional(use(reportedAmountModel)),
  };
}

/** @internal ConsultingFigures. */
export function consultingFiguresModel({
  object,
  use,
}: ModelBuild): z.ZodMiniType<ConsultingFigures> {
  return exactSchema<ConsultingFigures>()(object(use(consultingShapeModel)));
}

/** @internal A Location. */
export function locationModel({ object, use }: ModelBuild): z.ZodMiniType<Location> {
  const text = use(textModel);
  return exactSchema<Location>()(
    object({
      provinceId: text,
      district: optional(text),
      commune: optional(text),
      communeKind: optional(z.enum(['commune', 'ward', 'township', 'special-zone'])),
      craftVillage: optional(text),
      address: optional(z.string()),
      asOf: optional(isoDateSchema),
    }),
  );
}

/** @internal A Beneficiary. */
export function beneficiaryModel({ object, use }: ModelBuild): z.ZodMiniType<Beneficiary> {
  return exactSchema<Beneficiary>()(
    object({
      name: use(textModel),
      kind: z.enum(BENEFICIARY_KINDS),
      size: optional(z.enum(ENTERPRISE_SIZES)),
      owners: optional(z.array(z.enum(PRIORITY_OWNER_KINDS))),
      location: optional(use(locationModel)),
    }),
  );
}

/** @internal A Project. */
export function projectModel(build: ModelBuild): z.ZodMiniType<Project> {
  const { object, use } = build;
  const text = use(textModel);
  const reportedAmount = use(reportedAmountModel);
  return exactSchema<Project>()(
    object({
      id: text,
      title: text,
      activity: z.enum(ACTIVITIES),
      fund: z.enum(STATE_FUNDING_SOURCES),
      sector: optional(z.enum(CODE_LISTS.sector)),
      implementingUnit: text,
      beneficiaries: z.array(use(beneficiaryModel)),
      location: use(locationModel),
      year: use(yearModel),
      approval: optional(object({ date: isoDateSchema, decisionNumber: optional(text) })),
      status: z.enum(PROJECT_STATUSES),
      totalCost: costAmountSchema,
      funding: bySource(build, costAmountSchema),
      eligibleCost: optional(costAmountSchema),
      noDoubleFundingDeclared: optional(z.boolean()),
      reported: optional(
        object({
          totalCost: optional(reportedAmount),
          national: optional(reportedAmount),
          local: optional(reportedAmount),
          counterpart: optional(reportedAmount),
          other: optional(reportedAmount),
        }),
      ),
    }),
  );
}

/** @internal An AnnualPlan. */
export function annualPlanModel(build: ModelBuild): z.ZodMiniType<AnnualPlan> {
  const { object, use } = build;
  const reportedAmount = use(reportedAmountModel);
  return exactSchema<AnnualPlan>()(
    object({
      scope: use(reportScopeModel),
      year: use(yearModel),
      planned: optional(reportedAmount),
      plannedBySource: optional(bySource(build, reportedAmount)),
      projectCount: optional(use(countModel)),
      consulting: optional(use(consultingFiguresModel)),
    }),
  );
}

/** @internal A PeriodReport. */
export function periodReportModel(build: ModelBuild): z.ZodMiniType<PeriodReport> {
  const { object, use } = build;
  const reportedAmount = use(reportedAmountModel);
  const reportedPercent = use(reportedPercentModel);
  return exactSchema<PeriodReport>()(
    object({
      scope: use(reportScopeModel),
      period: use(periodModel),
      achieved: optional(reportedAmount),
      achievedBySource: optional(bySource(build, reportedAmount)),
      reportedAttainment: optional(reportedPercent),
      projectCount: optional(use(countModel)),
      consulting: optional(
        object({
          ...use(consultingShapeModel),
          reportedAttainment: optional(reportedPercent),
        }),
      ),
      source: optional(z.string()),
    }),
  );
}

/** @internal A Certificate. */
export function certificateModel({ object, use }: ModelBuild): z.ZodMiniType<Certificate> {
  const text = use(textModel);
  return exactSchema<Certificate>()(
    object({
      kind: z.enum(CERTIFICATE_KINDS),
      level: optional(z.enum(CODE_LISTS.typicalProductLevel)),
      stars: optional(z.literal(OCOP_STARS)),
      productName: text,
      holder: text,
      issuedOn: isoDateSchema,
      decisionNumber: optional(text),
      issuer: optional(text),
      revokedOn: optional(isoDateSchema),
    }).check(
      z.superRefine((value, ctx) => {
        const typical = value.kind === 'rural-industrial-typical-product';
        if (typical !== (value.level !== undefined)) {
          ctx.addIssue({
            code: 'custom',
            path: ['level'],
            params: { code: 'CERTIFICATE_LEVEL' },
          });
        }
        if (typical === (value.stars !== undefined)) {
          ctx.addIssue({
            code: 'custom',
            path: ['stars'],
            params: { code: 'CERTIFICATE_STARS' },
          });
        }
        if (value.revokedOn !== undefined && value.revokedOn < value.issuedOn) {
          ctx.addIssue({
            code: 'custom',
            path: ['revokedOn'],
            params: { code: 'REVOKED_BEFORE_ISSUE' },
          });
        }
      }),
    ),
  );
}

/** @internal A SeedDataset. */
export function seedDatasetModel({ object, use }: ModelBuild): z.ZodMiniType<SeedDataset> {
  const text = use(textModel);
  return exactSchema<SeedDataset>()(
    object({
      source: object({ title: text, url: text }),
      plans: z.array(use(annualPlanModel)),
      reports: z.array(use(periodReportModel)),
      projects: z.array(use(projectModel)),
    }),
  );
}

/** @internal An EligibilityApplication. */
export function eligibilityApplicationModel({
  object,
  use,
}: ModelBuild): z.ZodMiniType<EligibilityApplication> {
  const text = use(textModel);
  const siteUnitKinds = ADMIN_UNIT_KINDS.filter(
    (kind): kind is SiteUnitKind => ADMIN_UNIT_KIND_INFO[kind].tier !== 'province',
  );
  const districtKinds = ADMIN_UNIT_KINDS.filter(
    (kind): kind is DistrictKind => ADMIN_UNIT_KIND_INFO[kind].tier === 'district',
  );
  return exactSchema<EligibilityApplication>()(
    object({
      beneficiary: object({
        kind: optional(z.enum(BENEFICIARY_KINDS)),
        size: optional(z.enum(ENTERPRISE_SIZES)),
        owners: optional(z.array(z.enum(PRIORITY_OWNER_KINDS))),
      }),
      activity: z.enum(ACTIVITIES),
      sector: optional(z.enum(CODE_LISTS.sector)),
      brickKiln: optional(
        z.enum(['hoffmann', 'improved-manual', 'tunnel', 'vertical-shaft', 'unfired']),
      ),
      location: object({
        provinceId: text,
        unitKind: optional(z.enum(siteUnitKinds)),
        districtKind: optional(z.enum(districtKinds)),
        cityGrade: optional(z.enum(['special', '1', '2', '3'])),
        convertedFromCommuneOn: optional(isoDateSchema),
        craftVillage: optional(text),
        priorityAreas: optional(z.array(z.enum(PRIORITY_AREA_KINDS))),
      }),
      approvalDate: optional(isoDateSchema),
      certificates: optional(z.array(use(certificateModel))),
    }),
  );
}
