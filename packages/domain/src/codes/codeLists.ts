import { deepFreeze } from '@khuyencong/internal';
import { ADMIN_UNIT_KINDS } from '../admin/AdminUnitKind';
import { FINDING_SEVERITIES } from '../findings/Finding';
import { LEGAL_DOCUMENT_KINDS } from '../legal/LegalDocument';
import { SOURCE_BASES } from '../legal/SourceConfidence';
import { AMOUNT_QUALIFIERS } from '../money/AmountQualifier';
import { ACTIVITIES } from './activities';
import { BENEFICIARY_KINDS, ENTERPRISE_SIZES } from './beneficiaryKinds';
import { CERTIFICATE_KINDS, OCOP_STARS, TYPICAL_PRODUCT_LEVELS } from './certificateKinds';
import { FUNDING_SOURCES, STATE_FUNDING_SOURCES } from './fundingSources';
import { PERIOD_KINDS } from './periodKinds';
import { PRIORITY_AREA_KINDS, PRIORITY_OWNER_KINDS } from './priorityAreas';
import { PROJECT_STATUSES } from './projectStatuses';
import { ROUNDING_MODES } from './roundingModes';
import { AMOUNT_ISSUE_REASONS, SCHEMA_ISSUE_CODES } from './schemaIssueCodes';
import { SECTORS } from './sectors';

/**
 * Every string code list of the domain, by name, frozen with every list in it (and the lists of codes no
 * registry holds: sectors, typical-product levels, OCOP stars, rounding modes, state funding sources, source
 * bases): what labels (`@khuyencong/i18n-vi`), schemas
 * (`@khuyencong/validation`) and {@link isCode} are derived from, so that adding a code updates them all.
 *
 * @category Codes
 * @example
 * ```ts
 * import { CODE_LISTS } from '@khuyencong/domain';
 * Object.keys(CODE_LISTS)
 * //=> ['fundingSource', 'activity', 'beneficiaryKind', 'enterpriseSize', 'sector', 'priorityAreaKind', 'priorityOwnerKind', 'certificateKind', 'typicalProductLevel', 'projectStatus', 'periodKind', 'amountQualifier', 'adminUnitKind', 'findingSeverity', 'legalDocumentKind', 'schemaIssue', 'amountIssueReason']
 * ```
 */
export const CODE_LISTS: {
  readonly fundingSource: typeof FUNDING_SOURCES;
  readonly activity: typeof ACTIVITIES;
  readonly beneficiaryKind: typeof BENEFICIARY_KINDS;
  readonly enterpriseSize: typeof ENTERPRISE_SIZES;
  readonly sector: readonly (typeof SECTORS)[number]['code'][];
  readonly priorityAreaKind: typeof PRIORITY_AREA_KINDS;
  readonly priorityOwnerKind: typeof PRIORITY_OWNER_KINDS;
  readonly certificateKind: typeof CERTIFICATE_KINDS;
  readonly typicalProductLevel: readonly (typeof TYPICAL_PRODUCT_LEVELS)[number]['code'][];
  readonly projectStatus: typeof PROJECT_STATUSES;
  readonly periodKind: typeof PERIOD_KINDS;
  readonly amountQualifier: typeof AMOUNT_QUALIFIERS;
  readonly adminUnitKind: typeof ADMIN_UNIT_KINDS;
  readonly findingSeverity: typeof FINDING_SEVERITIES;
  readonly legalDocumentKind: typeof LEGAL_DOCUMENT_KINDS;
  readonly schemaIssue: typeof SCHEMA_ISSUE_CODES;
  readonly amountIssueReason: typeof AMOUNT_ISSUE_REASONS;
} = /* @__PURE__ */ deepFreeze(
  {
    fundingSource: FUNDING_SOURCES,
    activity: ACTIVITIES,
    beneficiaryKind: BENEFICIARY_KINDS,
    enterpriseSize: ENTERPRISE_SIZES,
    sector: /* @__PURE__ */ SECTORS.map((sector) => sector.code),
    priorityAreaKind: PRIORITY_AREA_KINDS,
    priorityOwnerKind: PRIORITY_OWNER_KINDS,
    certificateKind: CERTIFICATE_KINDS,
    typicalProductLevel: /* @__PURE__ */ TYPICAL_PRODUCT_LEVELS.map((level) => level.code),
    projectStatus: PROJECT_STATUSES,
    periodKind: PERIOD_KINDS,
    amountQualifier: AMOUNT_QUALIFIERS,
    adminUnitKind: ADMIN_UNIT_KINDS,
    findingSeverity: FINDING_SEVERITIES,
    legalDocumentKind: LEGAL_DOCUMENT_KINDS,
    schemaIssue: SCHEMA_ISSUE_CODES,
    amountIssueReason: AMOUNT_ISSUE_REASONS,
  },
  // Lists no registry holds: an `as const` literal cannot be wrapped in a call (isolatedDeclarations).
  [
    SECTORS,
    TYPICAL_PRODUCT_LEVELS,
    OCOP_STARS,
    ROUNDING_MODES,
    STATE_FUNDING_SOURCES,
    SOURCE_BASES,
  ],
);

/**
 * The name of a list in {@link CODE_LISTS}.
 *
 * @category Codes
 */
export type CodeListName = keyof typeof CODE_LISTS;

/**
 * The codes of one list of {@link CODE_LISTS}, e.g. `CodeOf<'activity'>` is `Activity`.
 *
 * @category Codes
 */
export type CodeOf<L extends CodeListName> = (typeof CODE_LISTS)[L][number];
