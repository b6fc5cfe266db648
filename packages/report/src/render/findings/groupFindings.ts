import type { FindingSeverity } from '@khuyencong/domain';
import type { ReportResult } from '../../build/createReportBuilder';
import type { LocatedFinding } from '../../model/LocatedFinding';
import type { FindingGroup } from './FindingGroup';

const RANK: Readonly<Record<FindingSeverity, number>> = { error: 0, warning: 1, info: 2 };

function keyOf(code: string, severity: FindingSeverity): string {
  return `${severity}\u0000${code}`;
}

/**
 * @internal The findings of a result by code and severity, in the summary's order (most severe first, then
 * the most frequent): each group's count is the summary's (every finding found), with the findings kept. A
 * kept finding the summary does not count (a result put together by hand) makes a group of its own, counted
 * as kept, after the others in order of severity.
 */
export function groupFindings(result: ReportResult): FindingGroup[] {
  const kept = new Map<string, LocatedFinding[]>();
  for (const item of result.findings) {
    const key = keyOf(item.finding.code, item.finding.severity);
    const list = kept.get(key);
    if (list === undefined) kept.set(key, [item]);
    else list.push(item);
  }
  const groups: FindingGroup[] = result.report.findings.byCode.map((entry) => {
    const key = keyOf(entry.code, entry.severity);
    const findings = kept.get(key) ?? [];
    kept.delete(key);
    return { ...entry, count: Math.max(entry.count, findings.length), findings };
  });
  const extra: FindingGroup[] = [...kept.values()].map((findings) => {
    const first = findings[0]?.finding;
    return {
      code: first?.code ?? '',
      severity: first?.severity ?? 'info',
      count: findings.length,
      findings,
    };
  });
  extra.sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.count - a.count);
  return [...groups, ...extra];
}
