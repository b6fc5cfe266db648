/**
 * The fields of a projects table (one đề án per row).
 *
 * @category Input
 * @example
 * ```ts
 * import { PROJECT_FIELDS } from '@khuyencong/cli';
 * [PROJECT_FIELDS.includes('totalCost'), PROJECT_FIELDS.includes('province')]
 * //=> [true, true]
 * ```
 */
export const PROJECT_FIELDS = [
  'id',
  'title',
  'activity',
  'province',
  'district',
  'commune',
  'communeKind',
  'cityGrade',
  'craftVillage',
  'priorityAreas',
  'year',
  'fund',
  'totalCost',
  'eligibleCost',
  'support',
  'counterpart',
  'national',
  'local',
  'other',
  'approvalDate',
  'decisionNumber',
  'beneficiaryKind',
  'beneficiary',
  'status',
  'sector',
  'implementingUnit',
  'noDoubleFundingDeclared',
] as const;

/**
 * The fields of a plan/report lines table (one scope, year and period per row).
 *
 * @category Input
 * @example
 * ```ts
 * import { LINE_FIELDS } from '@khuyencong/cli';
 * [LINE_FIELDS.includes('scope'), LINE_FIELDS.includes('year')]
 * //=> [true, true]
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

/**
 * A field of either table, or a column that is read and ignored (`ignored`: STT, Ghi chú).
 *
 * @category Input
 */
export type Field = (typeof PROJECT_FIELDS)[number] | (typeof LINE_FIELDS)[number] | 'ignored';
