/**
 * The fields of a plan/report lines table (one scope, year and period per row, and optionally one funding
 * source).
 *
 * @category Columns
 * @example
 * ```ts
 * import { LINE_FIELDS } from '@khuyencong/report';
 * [LINE_FIELDS.includes('scope'), LINE_FIELDS.includes('year'), LINE_FIELDS.includes('totalCost')]
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
