// @khuyencong/report: the one public entry point. Explicit named exports only.

export {
  type BuildReportOptions,
  buildReport,
  type ReportInput,
} from './build/buildReport';
export {
  createReportBuilder,
  type ReportBuilder,
  type ReportBuilderOptions,
  type ReportResult,
} from './build/createReportBuilder';
export { approvalDateCheck } from './checks/approvalDateCheck';
export { eligibilityCheck } from './checks/eligibilityCheck';
export { eligibilitySite } from './checks/eligibilitySite';
export { fundingCheck } from './checks/fundingCheck';
export { nationalReferenceCheck } from './checks/nationalReferenceCheck';
export { PROJECT_CHECKS } from './checks/PROJECT_CHECKS';
export type { ProjectCheck, ProjectCheckContext } from './checks/ProjectCheck';
export type { FindingFilter } from './findings/FindingFilter';
export { matchesFilter } from './findings/matchesFilter';
export { type SelectFindingsOptions, selectFindings } from './findings/selectFindings';
export { type CodeMatch, matchCode } from './import/cells/matchCode';
export { COLUMN_ALIASES } from './import/columns/columnAliases';
export type { Field } from './import/columns/Field';
export { LINE_FIELDS } from './import/columns/lineFields';
export { PROJECT_FIELDS } from './import/columns/projectFields';
export type {
  HeaderFinding,
  ResolvedColumn,
  ResolvedHeader,
} from './import/columns/ResolvedHeader';
export { resolveColumns } from './import/columns/resolveColumns';
export type { CsvItem, CsvProblem, CsvRow } from './import/csv/CsvItem';
export { type CsvDelimiter, detectDelimiter } from './import/csv/detectDelimiter';
export { MAX_LINE_LENGTH } from './import/csv/MAX_LINE_LENGTH';
export { type ReadCsvRowsOptions, readCsvRows } from './import/csv/readCsvRows';
export type { InputContent } from './import/InputContent';
export { type DatasetInput, datasetRecords } from './import/json/datasetRecords';
export type { ReadInputOptions } from './import/ReadInputOptions';
export { readInput } from './import/readInput';
export { readInputBatches } from './import/readInputBatches';
export type {
  ImportRecord,
  InputFormat,
  TableKind,
  TotalsFigures,
  UnstatedField,
} from './model/ImportRecord';
export type { LocatedFinding } from './model/LocatedFinding';
export type { RecordOrigin } from './model/RecordOrigin';
export type {
  AttainmentRow,
  ConsultingRow,
  FindingSummary,
  FundingSplit,
  InputSummary,
  ProjectTotals,
  ProvinceGroup,
  Report,
  ReportAmount,
  ReportedSplit,
  ReportPeriod,
  RowCounts,
} from './model/Report';
export type { SiteDetails } from './model/SiteDetails';
export type { FindingJson } from './render/findings/FindingJson';
export { type FindingJsonOptions, findingToJson } from './render/findings/findingToJson';
export type { RenderOptions } from './render/RenderOptions';
export {
  type FindingsJson,
  type RenderFindingsOptions,
  renderFindings,
} from './render/renderFindings';
export { type RenderReportOptions, type ReportFormat, renderReport } from './render/renderReport';
export { renderReportCsv } from './render/renderReportCsv';
export { renderReportHtml } from './render/renderReportHtml';
export { renderReportJson } from './render/renderReportJson';
export { renderReportJsonChunks } from './render/renderReportJsonChunks';
export { renderReportText } from './render/renderReportText';
export {
  type LoadedRuleSets,
  loadRuleSets,
  type RuleSetSource,
} from './rules/loadRuleSets';
