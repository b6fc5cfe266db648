import { deepFreeze } from '@khuyencong/internal';

/**
 * The fields of a projects table (one đề án per row).
 *
 * @category Columns
 * @example
 * ```ts
 * import { PROJECT_FIELDS } from '@khuyencong/report';
 * const fields: readonly string[] = PROJECT_FIELDS;
 * [fields.includes('totalCost'), fields.includes('province'), fields.includes('planned')]
 * //=> [true, true, false]
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

// Frozen here, not wrapped: an exported `as const` literal keeps its type only as a bare literal (isolatedDeclarations).
deepFreeze(PROJECT_FIELDS);
