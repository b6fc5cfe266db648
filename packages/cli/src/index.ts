// @khuyencong/cli: the programmatic API of the `khuyencong` command line. Explicit named exports only.

export type { Lang, Text } from './_internal/Text';
export type { OptionSpec, ParsedArgs } from './args/parseCommandArgs';
export type { CliIo } from './CliIo';
export type { Command } from './commands/Command';
export { renderReport } from './commands/reportCommand';
export type { CsvRecord } from './csv/CsvRecord';
export { type CsvDelimiter, detectDelimiter } from './csv/detectDelimiter';
export { readCsvRecords } from './csv/readCsvRecords';
export { CliError, type CliErrorCode, type CliErrorLocation } from './errors/CliError';
export { COLUMN_ALIASES } from './input/COLUMN_ALIASES';
export { type DatasetInput, datasetRecords } from './input/datasetRecords';
export { type Field, LINE_FIELDS, PROJECT_FIELDS } from './input/fields';
export type { InputRecord, RecordOrigin } from './input/InputRecord';
export {
  type ResolvedColumn,
  type ResolvedHeader,
  resolveColumns,
  type TableKind,
} from './input/resolveColumns';
export type { SiteDetails } from './input/SiteDetails';
export type { ProjectCheck, ProjectCheckContext } from './report/ProjectCheck';
export { ReportBuilder, type ReportBuilderOptions } from './report/ReportBuilder';
export type {
  Amount,
  AttainmentRow,
  ConsultingRow,
  FundingSplit,
  LocatedFinding,
  ProjectGroup,
  ReportData,
  ScopeRef,
} from './report/ReportData';
export { runCli } from './runCli';
export { VERSION } from './VERSION';
