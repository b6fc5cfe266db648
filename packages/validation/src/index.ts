// @khuyencong/validation: the one public entry point. Explicit named exports only.

export type { TypicalProductReading } from './certificates/certificateExpiry';
export {
  CERTIFICATE_RULES,
  type CertificateFacts,
} from './certificates/certificateRules';
export {
  type CertificateValidity,
  type CertificateValidityOptions,
  certificateValidity,
} from './certificates/certificateValidity';
export {
  checkVotingEntry,
  VOTING_ENTRY_RULES,
  type VotingEntryFacts,
  type VotingEntryOptions,
} from './certificates/checkVotingEntry';
export {
  type CertifiedProduct,
  type HasValidCertificateOptions,
  hasValidCertificate,
} from './certificates/hasValidCertificate';
export { type CheckEligibilityOptions, checkEligibility } from './eligibility/checkEligibility';
export type {
  BrickKiln,
  CityGrade,
  EligibilityApplication,
  EligibilitySite,
  SiteUnitKind,
} from './eligibility/EligibilityApplication';
export { eligibilityApplicationSchema } from './eligibility/eligibilityApplicationSchema';
export { ELIGIBILITY_RULES } from './eligibility/eligibilityRules';
export { type CheckFundingOptions, checkFunding } from './funding/checkFunding';
export type { FundingFacts } from './funding/FundingFacts';
export { FUNDING_RULES } from './funding/fundingRules';
export { enErrorMap } from './locale/enErrorMap';
export { FIELD_LABELS_VI } from './locale/fieldLabelsVi';
export { type ViErrorMapOptions, viErrorMap } from './locale/viErrorMap';
export { defineRule } from './rules/defineRule';
export type {
  FindingDetails,
  Rule,
  RuleContext,
  RuleDefinition,
  RuleOutcome,
  RuleReport,
  ValidationFinding,
  ValidationResult,
} from './rules/Rule';
export { type RunRulesOptions, runRules } from './rules/runRules';
export type { AmountIssueReason } from './schemas/amountIssue';
export { costAmountSchema, type VndAmountInput, vndAmountSchema } from './schemas/amountSchemas';
export {
  createModelSchemas,
  type ModelSchemaOptions,
  type ModelSchemas,
} from './schemas/createModelSchemas';
export { type DatasetEnvelope, datasetSchema } from './schemas/datasetSchema';
export { isoDateSchema } from './schemas/isoDateSchema';
export {
  annualPlanSchema,
  beneficiarySchema,
  certificateSchema,
  consultingFiguresSchema,
  legalReferenceSchema,
  locationSchema,
  periodReportSchema,
  periodSchema,
  projectSchema,
  reportedAmountSchema,
  reportedPercentSchema,
  reportScopeSchema,
  seedDatasetSchema,
} from './schemas/modelSchemas';
export type { RuleSetFile } from './schemas/RuleSetFile';
export {
  legalDocumentSchema,
  ruleSetFileSchema,
  ruleSetSchema,
} from './schemas/ruleSetFileSchemas';
export { type JsonSchema, type JsonSchemas, toJsonSchemas } from './schemas/toJsonSchemas';
