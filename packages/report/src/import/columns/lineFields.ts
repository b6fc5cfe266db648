import { deepFreeze } from '@khuyencong/internal';

/**
 * The fields of a plan/report lines table (one scope, year and period per row, and optionally one funding
 * source).
 *
 * @category Columns
 * @example
 * ```ts
 * import { LINE_FIELDS } from '@khuyencong/report';
 * const fields: readonly string[] = LINE_FIELDS;
 * [fields.includes('scope'), fields.includes('year'), fields.includes('totalCost')]
 * //=> [true, true, false]
 * ```
 */
export const LINE_FIELDS = [
  'scope',
  'year',
  'period',
  'fund',
  'planned',
  'achieved',
  'reportedPercent',
  'projectCount',
  'consultingRevenuePlanned',
  'consultingRevenue',
  'consultingReportedPercent',
  'consultingProjectsPlanned',
  'consultingProjects',
] as const;

// Frozen here, not wrapped: an exported `as const` literal keeps its type only as a bare literal (isolatedDeclarations).
deepFreeze(LINE_FIELDS);
