/**
 * The error codes `@khuyencong/report` throws (as opposed to the findings it reports). Owned by the report
 * package; listed in the domain so that `@khuyencong/i18n-vi` translates every code. Every `details` value is a
 * string.
 *
 * - `ROWS_REJECTED`: totals were asked for over inputs with rejected rows, without `skipInvalid`; the totals
 *   would silently leave those rows out. Details: `rejected`, `read` (row counts as decimal strings).
 * - `RULE_SET_FILE_NOT_JSON`: a rule-set file that does not parse as JSON. Details: `source` (the file's
 *   name), `line`, `column` (of the first bad character).
 * - `RULE_SET_FILE_INVALID`: a rule-set file that does not have the shape of one (see `ruleSetFileSchema` of
 *   `@khuyencong/validation`). Details: `source`, `path` (dot-separated, empty for the root), `issue` (a
 *   schema issue code of `SCHEMA_ISSUE_CODES`), `issues` (how many issues the file has).
 *
 * It also throws the codes of the packages it calls where they fit: `INVALID_RULE_SET` (calc) for a rule set
 * that is well-formed but cannot be used, `UNKNOWN_LEGAL_DOCUMENT` (domain) for a rule citing a document that
 * neither the registry nor the file defines, `INVALID_ARGUMENT`, `INVALID_OPTION`, `INVALID_DATE`.
 *
 * @category Errors
 * @example
 * ```ts
 * import { REPORT_ERROR_CODES } from '@khuyencong/domain';
 * REPORT_ERROR_CODES.includes('ROWS_REJECTED')
 * //=> true
 * ```
 */
export const REPORT_ERROR_CODES = [
  'ROWS_REJECTED',
  'RULE_SET_FILE_NOT_JSON',
  'RULE_SET_FILE_INVALID',
] as const;

/**
 * One of {@link REPORT_ERROR_CODES}.
 *
 * @category Errors
 */
export type ReportErrorCode = (typeof REPORT_ERROR_CODES)[number];
