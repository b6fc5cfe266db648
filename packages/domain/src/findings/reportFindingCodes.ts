import { deepFreeze } from '@khuyencong/internal';
import type { FindingSeverity } from './Finding';

/**
 * The severity of each finding code of `@khuyencong/report` (see {@link REPORT_FINDING_CODES}): a finding with
 * one of these codes always has this severity. The codes are the keys, in the order documented there.
 *
 * @category Findings
 * @example
 * ```ts
 * import { REPORT_FINDING_SEVERITIES } from '@khuyencong/domain';
 * [REPORT_FINDING_SEVERITIES.DUPLICATE_PROJECT_ID, REPORT_FINDING_SEVERITIES.COLUMN_UNKNOWN, REPORT_FINDING_SEVERITIES.TOTALS_ROW_MATCHES]
 * //=> ['error', 'warning', 'info']
 * ```
 */
export const REPORT_FINDING_SEVERITIES = {
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
  HEADER_TOO_LONG: 'warning',
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
  CELL_TOO_LONG: 'error',
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
} as const;

// Every value is a severity (the table stays `as const` so that its keys are the code union).
const severities: Readonly<Record<ReportFindingCode, FindingSeverity>> = REPORT_FINDING_SEVERITIES;
void severities;

/**
 * One of {@link REPORT_FINDING_CODES}.
 *
 * @category Findings
 */
export type ReportFindingCode = keyof typeof REPORT_FINDING_SEVERITIES;

/**
 * The finding codes of `@khuyencong/report` (their severities in {@link REPORT_FINDING_SEVERITIES}): what reading an input file and building a report finds (a finding
 * is not an error: it reports something about the data, and the report goes on). Owned by the report package;
 * listed in the domain so that `@khuyencong/i18n-vi` has a Vietnamese and an English message for each.
 *
 * A report finding is located (the input's name, its 1-based `line`, the `column` header as written, or the
 * JSON `path`) outside its `details`; `details` hold the values of the message. `field` is the name of an input
 * field (`totalCost`, `province`…), `value` a cell as written (trimmed, at most 200 characters).
 *
 * The input as a whole (its rows are not read; every row of it counts as rejected):
 * - `FILE_EMPTY` (error): no header row. Details: none.
 * - `ENCODING_NOT_UTF8` (error): the bytes are neither UTF-8 nor UTF-16 with a byte-order mark (a Windows-1258
 *   or other legacy file). Details: `line` (of the first bad byte).
 * - `CSV_QUOTE_NOT_CLOSED` (error): a double quote opened and never closed. Details: `line`.
 * - `LINE_TOO_LONG` (error): a line longer than the limit (no line break in sight). Details: `line`, `limit`
 *   (characters).
 * - `JSON_SYNTAX` (error): the JSON does not parse. Details: `line`, `column` (of the first bad character).
 * - `JSON_NOT_DATASET` (error): the JSON is not a dataset (an object with `plans`, `reports`, `projects`, or an
 *   array of projects). Details: `found` (`array`, `string`, `number`, `boolean`, `null`).
 * - `COLUMN_MISSING` (error): a required column is absent. Details: `field`, `header` (the header to add).
 * - `COLUMN_DUPLICATE` (error): two columns fill the same field. Details: `field`, `header`, `otherHeader`.
 * - `TABLE_KIND_MIXED` (error): the header mixes project columns and plan/report line columns. Details:
 *   `projectHeader`, `lineHeader`.
 *
 * The header (the file is still read):
 * - `COLUMN_UNKNOWN` (warning): a column no field matches; it is ignored. Details: `header`, `suggestion` (the
 *   nearest known header, or `null`).
 * - `HEADER_TOO_LONG` (warning): a header longer than the limit (1,000 characters); it is not matched, and its
 *   column is ignored. Details: `header` (its first 200 characters), `length`, `limit` (characters).
 *
 * A row (each rejects its row: the row is not counted, and every problem of the row is reported):
 * - `ROW_TOO_SHORT` (error): fewer cells than the header has columns. Details: `cells`, `columns`.
 * - `ROW_TOO_LONG` (error): more non-empty cells than the header has columns. Details: `cells`, `columns`.
 * - `CELL_REQUIRED` (error): a required cell is empty. Details: `field`.
 * - `CELL_NOT_AMOUNT` (error): not an amount ("1.36x tỷ"). Details: `field`, `value`.
 * - `CELL_AMOUNT_AMBIGUOUS` (error): a bare number whose unit cannot be told ("1.680": đồng or triệu?).
 *   Details: `field`, `value`.
 * - `CELL_AMOUNT_FRACTIONAL` (error): an amount with a fraction of a đồng. Details: `field`, `value`.
 * - `CELL_AMOUNT_NEGATIVE` (error): a negative amount. Details: `field`, `value`.
 * - `CELL_NOT_YEAR` (error), `CELL_NOT_DATE` (error), `CELL_NOT_COUNT` (error), `CELL_NOT_PERCENT` (error):
 *   a year, a date (dd/mm/yyyy), a whole number, a percent that cannot be read. Details: `field`, `value`.
 * - `CELL_UNKNOWN_CODE` (error): not a code or label of its list. Details: `field`, `value`, `list` (the code
 *   list name of `CODE_LISTS`, or `unitKind`, `cityGrade`, `periodKind`), `candidates` (comma-separated).
 * - `CELL_UNKNOWN_PROVINCE` (error): no province of that name on the row's date. Details: `field`, `value`,
 *   `date`.
 * - `CELL_UNKNOWN_SCOPE` (error): not the nation, a region or a province on the row's date. Details: `field`,
 *   `value`, `date`.
 * - `CELL_TOO_LONG` (error): a cell of a CSV row longer than the limit (32,768 characters); the row's cells are
 *   not read. Details: `value` (its first 200 characters), `length`, `limit` (characters).
 * - `FUND_MISSING` (error): the state fund (national or local) cannot be told from the row. Details: none.
 * - `FUND_NOT_STATE` (error): the fund cell names a source that is not a khuyến công fund. Details: `value`.
 * - `SUPPORT_CONFLICTS_WITH_FUND` (error): the support cell and the fund's own column differ. Details:
 *   `support`, `fund`, `stated` (amounts as written).
 * - `PERCENT_ON_SOURCE_LINE` (error): an attainment percent on a line of one funding source. Details: none.
 * - `DUPLICATE_PROJECT_ID` (error): a project id already read (this row is not counted again). Details: `id`,
 *   `firstSource`, `firstLine` (or `null` when the first had no line).
 *
 * The report:
 * - `TOTALS_ROW_MATCHES` (info): a totals row ("Tổng cộng", "Cộng") whose amounts equal the sums of the rows
 *   above it; it is not counted as a project. Details: `label`, `rows` (how many rows it sums).
 * - `TOTALS_ROW_MISMATCH` (error): a totals row amount that differs from the sum of the rows above it. Details:
 *   `label`, `field`, `stated`, `computed`, `difference` (`stated − computed`), `rows`.
 * - `CONFLICTING_FIGURES` (error): two lines give different values for the same figure; the first is kept.
 *   Details: `field`.
 * - `SUPPORT_WITHIN_NATIONAL_REFERENCE` (info) / `SUPPORT_ABOVE_NATIONAL_REFERENCE` (warning): a local-fund
 *   project of a province whose own levels are not encoded, compared with the national limit in force on its
 *   date as a reference. Details: `support`, `limit`, `rateLimit`, `capLimit` (or `null`), `maxRatePercent`,
 *   `binding`, `ruleSetId`.
 * - `APPROVAL_DATE_MISSING` (info): the project has no approval date; its rules are judged on the date
 *   `judgementDate` gives instead (the date of its location, else 1 January of its plan year). Details: `date`,
 *   `basis` (`location` or `plan-year`).
 *
 * @category Findings
 * @example
 * ```ts
 * import { REPORT_FINDING_CODES } from '@khuyencong/domain';
 * [REPORT_FINDING_CODES.includes('DUPLICATE_PROJECT_ID'), REPORT_FINDING_CODES.includes('TOTALS_ROW_MISMATCH')]
 * //=> [true, true]
 * ```
 */
export const REPORT_FINDING_CODES: readonly ReportFindingCode[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ Object.keys(REPORT_FINDING_SEVERITIES) as ReportFindingCode[],
  [REPORT_FINDING_SEVERITIES],
);
