import type { FindingSeverity } from '@khuyencong/domain';
import { type FindingFilter, matchesFilter, type ReportResult } from '@khuyencong/report';

function passes(code: string, severity: FindingSeverity, filter: FindingFilter): boolean {
  return matchesFilter(
    { finding: { code, severity, details: {} }, origin: { source: '' } },
    filter,
  );
}

/**
 * A result as a check of only some findings shows it: the findings that pass `filter` and the summary's codes
 * that do. With `totals: 'selected'` (`check --only errors`, `--code`) the counts are those of the findings
 * selected, so that the counts, the verdict and the exit code speak of what is listed; with `'all'` (the
 * problems of a refused report) they stay those of every finding.
 */
export function narrowResult(
  result: ReportResult,
  filter: FindingFilter,
  totals: 'selected' | 'all',
): ReportResult {
  if (filter.minSeverity === undefined && (filter.codes ?? []).length === 0) return result;
  const byCode = result.report.findings.byCode.filter((entry) =>
    passes(entry.code, entry.severity, filter),
  );
  const bySeverity: Record<FindingSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const entry of byCode) bySeverity[entry.severity] += entry.count;
  const total = bySeverity.error + bySeverity.warning + bySeverity.info;
  const counts = totals === 'all' ? result.report.findings : { total, bySeverity };
  return {
    report: { ...result.report, findings: { ...counts, byCode } },
    findings: result.findings.filter((item) => matchesFilter(item, filter)),
  };
}
