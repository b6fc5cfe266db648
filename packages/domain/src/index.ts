// @khuyencong/domain: the one public entry point. Explicit named exports only.

export type { AdminUnit } from './admin/AdminUnit';
export {
  ADMIN_UNIT_KIND_INFO,
  ADMIN_UNIT_KINDS,
  type AdminTier,
  type AdminUnitKind,
  type AdminUnitKindInfo,
  adminUnitKindsOn,
  isAdminUnitKind,
} from './admin/AdminUnitKind';
export type { AnyAdminUnit } from './admin/AnyAdminUnit';
export { adminUnitById } from './admin/adminUnitById';
export { currentProvinces } from './admin/currentProvinces';
export { normalizeAdminName } from './admin/normalizeAdminName';
export type { FormerProvinceName, ProvinceLevelKind, ProvinceUnit } from './admin/ProvinceUnit';
export { predecessorsOf } from './admin/predecessorsOf';
export { provinceByCodeOn } from './admin/provinceByCodeOn';
export {
  PROVINCE_MERGERS_2025,
  type ProvinceMerger,
  UNCHANGED_PROVINCE_IDS_2025,
} from './admin/provinceMergers2025';
export { type ProvinceNameOnDate, provinceNameOn } from './admin/provinceNameOn';
export { provinceOn } from './admin/provinceOn';
export { PROVINCE_REFORM_2025, type ProvinceReform } from './admin/provinceReform2025';
export { PROVINCE_UNITS } from './admin/provinces';
export { provincesInRegionOn } from './admin/provincesInRegionOn';
export { provincesOn } from './admin/provincesOn';
export { regionOf } from './admin/regionOf';
export {
  REPORTING_REGIONS,
  type RegionMembership,
  type ReportingRegion,
  type ReportingRegionId,
} from './admin/regions';
export type { SubProvincialUnit } from './admin/SubProvincialUnit';
export { SUB_PROVINCIAL_EXAMPLES } from './admin/subProvincialExamples';
export { successorsOf } from './admin/successorsOf';
export { MESSAGE_CODES, type MessageCode } from './catalogue/messageCodes';
export { ACTIVITIES, type Activity } from './codes/activities';
export {
  BENEFICIARY_KINDS,
  type BeneficiaryKind,
  ENTERPRISE_SIZES,
  type EnterpriseSize,
} from './codes/beneficiaryKinds';
export {
  CERTIFICATE_KINDS,
  type CertificateKind,
  OCOP_STARS,
  type OcopStars,
  TYPICAL_PRODUCT_LEVELS,
  type TypicalProductLevel,
  type TypicalProductLevelDefinition,
} from './codes/certificateKinds';
export { CODE_LISTS, type CodeListName, type CodeOf } from './codes/codeLists';
export {
  FUNDING_SOURCES,
  type FundingSource,
  STATE_FUNDING_SOURCES,
  type StateFundingSource,
} from './codes/fundingSources';
export { assertCode, isCode } from './codes/isCode';
export { PERIOD_KINDS, type PeriodKind } from './codes/periodKinds';
export {
  PRIORITY_AREA_KINDS,
  PRIORITY_OWNER_KINDS,
  type PriorityAreaKind,
  type PriorityOwnerKind,
} from './codes/priorityAreas';
export { PROJECT_STATUSES, type ProjectStatus } from './codes/projectStatuses';
export { ROUNDING_MODES, type RoundingMode } from './codes/roundingModes';
export {
  AMOUNT_ISSUE_REASONS,
  type AmountIssueReason,
  SCHEMA_ISSUE_CODES,
  type SchemaIssueCode,
} from './codes/schemaIssueCodes';
export { SECTORS, type Sector, type SectorDefinition } from './codes/sectors';
export type { IsoDate } from './dates/IsoDate';
export { type EffectivePeriod, isEffectiveOn } from './dates/isEffectiveOn';
export { isIsoDate } from './dates/isIsoDate';
export { type ToIsoDateOptions, toIsoDate } from './dates/toIsoDate';
export { CALC_ERROR_CODES, type CalcErrorCode } from './errors/calcErrorCodes';
export { CLI_ERROR_CODES, type CliErrorCode } from './errors/cliErrorCodes';
export { DOMAIN_ERROR_CODES, type DomainErrorCode } from './errors/domainErrorCodes';
export { ERROR_CODES, type ErrorCode } from './errors/errorCodes';
export { I18N_ERROR_CODES, type I18nErrorCode } from './errors/i18nErrorCodes';
export { isKhuyenCongError } from './errors/isKhuyenCongError';
export { KhuyenCongError, type KhuyenCongErrorOptions } from './errors/KhuyenCongError';
export { REPORT_ERROR_CODES, type ReportErrorCode } from './errors/reportErrorCodes';
export {
  VALIDATION_ERROR_CODES,
  type ValidationErrorCode,
} from './errors/validationErrorCodes';
export { CALC_FINDING_CODES, type CalcFindingCode } from './findings/calcFindingCodes';
export { FINDING_SEVERITIES, type Finding, type FindingSeverity } from './findings/Finding';
export { FINDING_CODES, type FindingCode } from './findings/findingCodes';
export {
  REPORT_FINDING_CODES,
  REPORT_FINDING_SEVERITIES,
  type ReportFindingCode,
} from './findings/reportFindingCodes';
export {
  VALIDATION_FINDING_CODES,
  type ValidationFindingCode,
} from './findings/validationFindingCodes';
export { getLegalDocument } from './legal/getLegalDocument';
export {
  LEGAL_DOCUMENT_KINDS,
  type LegalDocument,
  type LegalDocumentKind,
} from './legal/LegalDocument';
export type { LegalReference } from './legal/LegalReference';
export { LEGAL_DOCUMENTS, type LegalDocumentId } from './legal/legalDocuments';
export { SOURCE_BASES, type SourceBasis, type SourceConfidence } from './legal/SourceConfidence';
export type { AnnualPlan, ConsultingFigures } from './models/AnnualPlan';
export type { Beneficiary } from './models/Beneficiary';
export type { Certificate } from './models/Certificate';
export {
  type JudgementBasis,
  type JudgementDate,
  judgementDate,
} from './models/judgementDate';
export type { Location } from './models/Location';
export type { Period } from './models/Period';
export type { PeriodReport } from './models/PeriodReport';
export type { Project } from './models/Project';
export type { ReportScope } from './models/ReportScope';
export { AMOUNT_QUALIFIERS, type AmountQualifier } from './money/AmountQualifier';
export type { DecimalString } from './money/DecimalString';
export { isVndAmount } from './money/isVndAmount';
export { MAX_AMOUNT_DIGITS } from './money/MAX_AMOUNT_DIGITS';
export type { ReportedAmount, ReportedPercent } from './money/ReportedAmount';
export type { VndAmount } from './money/VndAmount';
export { SEED_DATASET } from './seed/centralHighlandsArticle2024';
export type { SeedDataset } from './seed/SeedDataset';
