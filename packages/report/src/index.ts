// @khuyencong/report: the one public entry point. Explicit named exports only.

export type {
  ImportRecord,
  InputFormat,
  TableKind,
  TotalsFigures,
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
