import type { FindingSeverity } from '@khuyencong/domain';
import { readOptions } from '@khuyencong/internal';
import { checkFindingFilter } from '../_internal/checkFindingFilter';
import { checkReportResult } from '../_internal/checkReportResult';
import { fail } from '../_internal/fail';
import { findingPasses } from '../_internal/findingPasses';
import { invalidArgument } from '../_internal/invalidArgument';
import type { ReportResult } from '../build/createReportBuilder';
import type { FindingFilter } from './FindingFilter';

/**
 * Options of {@link selectFindings}.
 *
 * @category Findings
 */
export interface SelectFindingsOptions {
  /**
   * `'selected'` (default): the counts are those of the findings selected, so that the counts, the verdict
   * and an exit code speak of what is listed (`check --only errors`); `'all'`: the counts stay those of every
   * finding (the problems of a refused report, with the totals of everything found).
   */
  readonly counts?: 'selected' | 'all';
}

/**
 * A result as a view of some of its findings shows it: the findings kept that pass `filter`, and the summary's
 * entries (by code and severity) that do. Nothing else changes: the totals, rows and scopes are the report's.
 * Filter while building (the builder's `filter` option) to never keep the others; select afterwards to show
 * one result several ways.
 *
 * @param result - what {@link buildReport} gave.
 * @param filter - the {@link FindingFilter}: `minSeverity`, `codes`.
 * @param options - {@link SelectFindingsOptions}.
 * @returns a new result; `result` itself when the filter selects everything.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` when `result` is not a
 *   report result; `INVALID_OPTION` for a bad option.
 * @category Findings
 * @example
 * ```ts
 * import { buildReport, selectFindings } from '@khuyencong/report';
 * const csv = 'Mã đề án;Nội dung;Tỉnh/Thành phố;Năm;Nguồn kinh phí;Tổng kinh phí;Kinh phí hỗ trợ\nDA-01;máy móc;Phú Yên;2024;địa phương;899000000;286000000\nDA-02;máy móc;Phú Yên;2024;địa phương;1.36x tỷ;300000000\n';
 * const result = await buildReport([{ source: 'de-an.csv', content: csv }], { asOf: '2024-10-01' });
 * const errors = selectFindings(result, { minSeverity: 'error' });
 * [result.report.findings.total > errors.report.findings.total, errors.findings.map((item) => item.finding.code)]
 * //=> [true, ['CELL_NOT_AMOUNT']]
 * ```
 */
export function selectFindings(
  result: ReportResult,
  filter: FindingFilter,
  options?: SelectFindingsOptions,
): ReportResult {
  const summary = checkReportResult(result, 'selectFindings').report.findings;
  const wanted = checkFindingFilter(filter, 'selectFindings', 'filter');
  const counts = readOptions(options, 'options', fail, 'selectFindings').counts ?? 'selected';
  if (counts !== 'selected' && counts !== 'all') {
    return invalidArgument(
      'INVALID_OPTION',
      'selectFindings',
      'counts',
      counts,
      "'selected' or 'all'",
    );
  }
  if (wanted.minSeverity === undefined && (wanted.codes ?? []).length === 0) return result;
  const byCode = summary.byCode.filter((entry) =>
    findingPasses({ code: entry.code, severity: entry.severity, details: {} }, wanted),
  );
  const bySeverity: Record<FindingSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const entry of byCode) bySeverity[entry.severity] += entry.count;
  const total = bySeverity.error + bySeverity.warning + bySeverity.info;
  const selected = counts === 'all' ? summary : { total, bySeverity };
  return {
    report: { ...result.report, findings: { ...selected, byCode } },
    findings: result.findings.filter((item) => findingPasses(item.finding, wanted)),
  };
}
