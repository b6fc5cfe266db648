import type { Finding, FindingSeverity } from '@khuyencong/domain';
import type { FindingFilter } from '../findings/FindingFilter';

const RANK: Readonly<Record<FindingSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** @internal Whether a finding passes a filter already checked ({@link checkFindingFilter}): `matchesFilter` without its checks. */
export function findingPasses(finding: Finding, filter: FindingFilter): boolean {
  const { minSeverity, codes } = filter;
  if (minSeverity !== undefined && RANK[finding.severity] > RANK[minSeverity]) return false;
  return codes === undefined || codes.length === 0 || codes.includes(finding.code);
}
