import { checkFindingFilter } from '../_internal/checkFindingFilter';
import { checkLocatedFinding } from '../_internal/checkLocatedFinding';
import { findingPasses } from '../_internal/findingPasses';
import type { LocatedFinding } from '../model/LocatedFinding';
import type { FindingFilter } from './FindingFilter';

/**
 * Whether a finding passes a {@link FindingFilter}.
 *
 * @param item - the finding.
 * @param filter - the filter; an empty one lets everything through.
 * @returns `true` when the finding is at least `minSeverity` and, when codes are given, has one of them.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for an item that is not a
 *   located finding; `INVALID_OPTION` for a filter that is not a plain object with a known `minSeverity` and
 *   `codes` an array of strings.
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
  const { finding } = checkLocatedFinding(item, 'matchesFilter', 'item');
  return findingPasses(finding, checkFindingFilter(filter, 'matchesFilter', 'filter'));
}
