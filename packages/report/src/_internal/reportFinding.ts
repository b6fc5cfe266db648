import type { Finding, FindingSeverity, ReportFindingCode } from '@khuyencong/domain';

/** The severity of each report finding code, as `REPORT_FINDING_CODES` documents it. */
const SEVERITY: Readonly<Record<ReportFindingCode, FindingSeverity>> = {
  FILE_EMPTY: 'error',
  ENCODING_NOT_UTF8: 'error',
  CSV_QUOTE_NOT_CLOSED: 'error',
  LINE_TOO_LONG: 'error',
  JSON_SYNTAX: 'error',
  JSON_NOT_DATASET: 'error',
  COLUMN_MISSING: 'error',
  COLUMN_DUPLICATE: 'error',
  TABLE_KIND_MIXED: 'error',
  COLUMN_UNKNOWN: 'warning',
  ROW_TOO_SHORT: 'error',
  ROW_TOO_LONG: 'error',
  CELL_REQUIRED: 'error',
  CELL_NOT_AMOUNT: 'error',
  CELL_AMOUNT_AMBIGUOUS: 'error',
  CELL_AMOUNT_FRACTIONAL: 'error',
  CELL_AMOUNT_NEGATIVE: 'error',
  CELL_NOT_YEAR: 'error',
  CELL_NOT_DATE: 'error',
  CELL_NOT_COUNT: 'error',
  CELL_NOT_PERCENT: 'error',
  CELL_UNKNOWN_CODE: 'error',
  CELL_UNKNOWN_PROVINCE: 'error',
  CELL_UNKNOWN_SCOPE: 'error',
  FUND_MISSING: 'error',
  FUND_NOT_STATE: 'error',
  SUPPORT_CONFLICTS_WITH_FUND: 'error',
  PERCENT_ON_SOURCE_LINE: 'error',
  DUPLICATE_PROJECT_ID: 'error',
  TOTALS_ROW_MATCHES: 'info',
  TOTALS_ROW_MISMATCH: 'error',
  CONFLICTING_FIGURES: 'error',
  SUPPORT_WITHIN_NATIONAL_REFERENCE: 'info',
  SUPPORT_ABOVE_NATIONAL_REFERENCE: 'warning',
  APPROVAL_DATE_MISSING: 'info',
};

/** The values a report finding carries. */
export type FindingDetails = Readonly<Record<string, string | number | boolean | null>>;

/** @internal A report finding with the severity its code has. */
export function reportFinding(
  code: ReportFindingCode,
  details: FindingDetails = {},
): Finding<ReportFindingCode> {
  return { code, severity: SEVERITY[code], details };
}
