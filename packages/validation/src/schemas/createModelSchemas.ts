import {
  ACTIVITIES,
  ADMIN_UNIT_KIND_INFO,
  ADMIN_UNIT_KINDS,
  AMOUNT_QUALIFIERS,
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
import { z } from 'zod';
import type { Matches } from '../_internal/typeEquality';
import type {
  EligibilityApplication,
  EligibilitySite,
  SiteUnitKind,
} from '../eligibility/EligibilityApplication';
import { costAmountSchema } from './amountSchemas';
import { isoDateSchema } from './isoDateSchema';

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
  readonly legalReference: z.ZodType<LegalReference>;
  /** A {@link @khuyencong/domain!ReportScope | ReportScope}. */
  readonly reportScope: z.ZodType<ReportScope>;
  /** A {@link @khuyencong/domain!Period | Period}. */
  readonly period: z.ZodType<Period>;
  /** A {@link @khuyencong/domain!ReportedAmount | ReportedAmount}. */
  readonly reportedAmount: z.ZodType<ReportedAmount>;
  /** A {@link @khuyencong/domain!ReportedPercent | ReportedPercent}. */
  readonly reportedPercent: z.ZodType<ReportedPercent>;
  /** A {@link @khuyencong/domain!ConsultingFigures | ConsultingFigures}. */
  readonly consultingFigures: z.ZodType<ConsultingFigures>;
  /** A {@link @khuyencong/domain!Location | Location}. */
  readonly location: z.ZodType<Location>;
  /** A {@link @khuyencong/domain!Beneficiary | Beneficiary}. */
  readonly beneficiary: z.ZodType<Beneficiary>;
  /** A {@link @khuyencong/domain!Project | Project}. */
  readonly project: z.ZodType<Project>;
  /** An {@link @khuyencong/domain!AnnualPlan | AnnualPlan}. */
  readonly annualPlan: z.ZodType<AnnualPlan>;
  /** A {@link @khuyencong/domain!PeriodReport | PeriodReport}. */
  readonly periodReport: z.ZodType<PeriodReport>;
  /** A {@link @khuyencong/domain!Certificate | Certificate}. */
  readonly certificate: z.ZodType<Certificate>;
  /** A {@link @khuyencong/domain!SeedDataset | SeedDataset}. */
  readonly seedDataset: z.ZodType<SeedDataset>;
  /** An {@link EligibilityApplication}. */
  readonly eligibilityApplication: z.ZodType<EligibilityApplication>;
}

type DistrictKind = NonNullable<EligibilitySite['districtKind']>;
const SITE_UNIT_KINDS = ADMIN_UNIT_KINDS.filter(
  (kind): kind is SiteUnitKind => ADMIN_UNIT_KIND_INFO[kind].tier !== 'province',
);
const DISTRICT_KINDS = ADMIN_UNIT_KINDS.filter(
  (kind): kind is DistrictKind => ADMIN_UNIT_KIND_INFO[kind].tier === 'district',
);
const PERCENT = /^(?:0|-?[1-9]\d*)(?:\.\d*[1-9])?$|^-0\.\d*[1-9]$/;
const INDEX_RANGE: Readonly<Partial<Record<Period['kind'], number>>> = {
  quarter: 4,
  'half-year': 2,
  month: 12,
};

function build(strict: boolean) {
  const object = <S extends z.core.$ZodLooseShape>(shape: S) =>
    strict ? z.strictObject(shape) : z.object(shape);
  const text = z.string().min(1);
  const count = z.int().min(0);
  const year = z.int().min(1000).max(9999);
  const bySource = <S extends z.ZodType>(value: S) =>
    object({
      national: value.exactOptional(),
      local: value.exactOptional(),
      counterpart: value.exactOptional(),
      other: value.exactOptional(),
    });
  const fundingKeysMatch: Matches<
    (typeof FUNDING_SOURCES)[number],
    'national' | 'local' | 'counterpart' | 'other'
  > = true;
  void fundingKeysMatch;

  const legalReference = object({
    // Any document id: one of LEGAL_DOCUMENTS or a document of the user's own rule set.
    document: text as z.ZodType<LegalReference['document'], string>,
    article: text.exactOptional(),
    clause: text.exactOptional(),
    point: text.exactOptional(),
  });
  const reportScope = object({
    kind: z.enum(['national', 'region', 'province', 'unit']),
    id: text.exactOptional(),
  }).refine((scope) => (scope.kind === 'national') === (scope.id === undefined), {
    path: ['id'],
    params: { code: 'INVALID_SCOPE_ID' },
  });
  const period = object({
    kind: z.enum(PERIOD_KINDS),
    year,
    index: z.int().min(1).max(12).exactOptional(),
    endYear: year.exactOptional(),
  }).superRefine((value, ctx) => {
    const max = INDEX_RANGE[value.kind];
    if (
      max === undefined ? value.index !== undefined : value.index === undefined || value.index > max
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
  });
  const qualifier = z.enum(AMOUNT_QUALIFIERS).exactOptional();
  const reportedAmount = object({
    amount: costAmountSchema,
    qualifier,
    asWritten: z.string().exactOptional(),
  });
  const reportedPercent = object({
    percent: z.string().regex(PERCENT),
    qualifier,
    asWritten: z.string().exactOptional(),
  });
  const consultingShape = {
    units: count.exactOptional(),
    unitsInScope: count.exactOptional(),
    projects: count.exactOptional(),
    revenue: reportedAmount.exactOptional(),
  };
  const consultingFigures = object(consultingShape);
  const location = object({
    provinceId: text,
    district: text.exactOptional(),
    commune: text.exactOptional(),
    communeKind: z.enum(['commune', 'ward', 'township', 'special-zone']).exactOptional(),
    craftVillage: text.exactOptional(),
    address: z.string().exactOptional(),
    asOf: isoDateSchema.exactOptional(),
  });
  const beneficiary = object({
    name: text,
    kind: z.enum(BENEFICIARY_KINDS),
    size: z.enum(ENTERPRISE_SIZES).exactOptional(),
    owners: z.array(z.enum(PRIORITY_OWNER_KINDS)).exactOptional(),
    location: location.exactOptional(),
  });
  const project = object({
    id: text,
    title: text,
    activity: z.enum(ACTIVITIES),
    fund: z.enum(STATE_FUNDING_SOURCES),
    sector: z.enum(CODE_LISTS.sector).exactOptional(),
    implementingUnit: text,
    beneficiaries: z.array(beneficiary),
    location,
    year,
    approval: object({ date: isoDateSchema, decisionNumber: text.exactOptional() }).exactOptional(),
    status: z.enum(PROJECT_STATUSES),
    totalCost: costAmountSchema,
    funding: bySource(costAmountSchema),
    eligibleCost: costAmountSchema.exactOptional(),
    noDoubleFundingDeclared: z.boolean().exactOptional(),
    reported: object({
      totalCost: reportedAmount.exactOptional(),
      national: reportedAmount.exactOptional(),
      local: reportedAmount.exactOptional(),
      counterpart: reportedAmount.exactOptional(),
      other: reportedAmount.exactOptional(),
    }).exactOptional(),
  });
  const annualPlan = object({
    scope: reportScope,
    year,
    planned: reportedAmount.exactOptional(),
    plannedBySource: bySource(reportedAmount).exactOptional(),
    projectCount: count.exactOptional(),
    consulting: consultingFigures.exactOptional(),
  });
  const periodReport = object({
    scope: reportScope,
    period,
    achieved: reportedAmount.exactOptional(),
    achievedBySource: bySource(reportedAmount).exactOptional(),
    reportedAttainment: reportedPercent.exactOptional(),
    projectCount: count.exactOptional(),
    consulting: object({
      ...consultingShape,
      reportedAttainment: reportedPercent.exactOptional(),
    }).exactOptional(),
    source: z.string().exactOptional(),
  });
  const certificate = object({
    kind: z.enum(CERTIFICATE_KINDS),
    level: z.enum(CODE_LISTS.typicalProductLevel).exactOptional(),
    stars: z.literal(OCOP_STARS).exactOptional(),
    productName: text,
    holder: text,
    issuedOn: isoDateSchema,
    decisionNumber: text.exactOptional(),
    issuer: text.exactOptional(),
    revokedOn: isoDateSchema.exactOptional(),
  }).superRefine((value, ctx) => {
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
  });
  const seedDataset = object({
    source: object({ title: text, url: text }),
    plans: z.array(annualPlan),
    reports: z.array(periodReport),
    projects: z.array(project),
  });
  const eligibilityApplication = object({
    beneficiary: object({
      kind: z.enum(BENEFICIARY_KINDS).exactOptional(),
      size: z.enum(ENTERPRISE_SIZES).exactOptional(),
      owners: z.array(z.enum(PRIORITY_OWNER_KINDS)).exactOptional(),
    }),
    activity: z.enum(ACTIVITIES),
    sector: z.enum(CODE_LISTS.sector).exactOptional(),
    brickKiln: z
      .enum(['hoffmann', 'improved-manual', 'tunnel', 'vertical-shaft', 'unfired'])
      .exactOptional(),
    location: object({
      provinceId: text,
      unitKind: z.enum(SITE_UNIT_KINDS).exactOptional(),
      districtKind: z.enum(DISTRICT_KINDS).exactOptional(),
      cityGrade: z.enum(['special', '1', '2', '3']).exactOptional(),
      convertedFromCommuneOn: isoDateSchema.exactOptional(),
      craftVillage: text.exactOptional(),
      priorityAreas: z.array(z.enum(PRIORITY_AREA_KINDS)).exactOptional(),
    }),
    approvalDate: isoDateSchema.exactOptional(),
    certificates: z.array(certificate).exactOptional(),
  });
  return {
    legalReference,
    reportScope,
    period,
    reportedAmount,
    reportedPercent,
    consultingFigures,
    location,
    beneficiary,
    project,
    annualPlan,
    periodReport,
    certificate,
    seedDataset,
    eligibilityApplication,
  };
}

// Compile-time drift check: each schema's output is exactly its domain type (up to `readonly`).
type Built = ReturnType<typeof build>;
type Out<K extends keyof Built> = z.output<Built[K]>;
const schemasMatchDomainTypes: [
  Matches<Out<'legalReference'>, LegalReference>,
  Matches<Out<'reportScope'>, ReportScope>,
  Matches<Out<'period'>, Period>,
  Matches<Out<'reportedAmount'>, ReportedAmount>,
  Matches<Out<'reportedPercent'>, ReportedPercent>,
  Matches<Out<'consultingFigures'>, ConsultingFigures>,
  Matches<Out<'location'>, Location>,
  Matches<Out<'beneficiary'>, Beneficiary>,
  Matches<Out<'project'>, Project>,
  Matches<Out<'annualPlan'>, AnnualPlan>,
  Matches<Out<'periodReport'>, PeriodReport>,
  Matches<Out<'certificate'>, Certificate>,
  Matches<Out<'seedDataset'>, SeedDataset>,
  Matches<Out<'eligibilityApplication'>, EligibilityApplication>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void schemasMatchDomainTypes;

const cache = new Map<boolean, ModelSchemas>();

/**
 * Builds the zod schemas of every model: amounts through {@link costAmountSchema} (never negative), dates
 * through {@link isoDateSchema}, codes from the domain's code lists, and cross-field rules (a certificate's
 * level or stars, a period's index). The schemas of each mode are built once and shared.
 *
 * @param options - {@link ModelSchemaOptions}: `unknownKeys: 'reject'` (default) or `'strip'`.
 * @returns the schemas, by model.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} never; an unknown `unknownKeys` value is treated as `'reject'`.
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
  const strict = options.unknownKeys !== 'strip';
  let schemas = cache.get(strict);
  if (schemas === undefined) {
    schemas = build(strict);
    cache.set(strict, schemas);
  }
  return schemas;
}
