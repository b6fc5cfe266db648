import type { FindingSeverity } from '@khuyencong/domain';
import type { LocatedFinding } from '../model/LocatedFinding';
import type { FindingFilter } from './FindingFilter';

const RANK: Readonly<Record<FindingSeverity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Whether a finding passes a {@link FindingFilter}.
 *
 * @param item - the finding.
 * @param filter - the filter; an empty one lets everything through.
 * @returns `true` when the finding is at least `minSeverity` and, when codes are given, has one of them.
 * @category Findings
 * @example
 * ```ts
 * import { matchesFilter } from '@khuyencong/report';
 * const item = { finding: { code: 'COUNTERPART_IMPLIED', severity: 'info', details: {} }, origin: { source: 'a.csv', line: 2 } } as const;
 * [matchesFilter(item, {}), matchesFilter(item, { minSeverity: 'warning' }), matchesFilter(item, { codes: ['COUNTERPART_IMPLIED'] })]
 * //=> [true, false, true]
 * ```
 */
export function matchesFilter(item: LocatedFinding, filter: FindingFilter): boolean {
  const { minSeverity, codes } = filter;
  if (minSeverity !== undefined && RANK[item.finding.severity] > RANK[minSeverity]) return false;
  return codes === undefined || codes.length === 0 || codes.includes(item.finding.code);
}
