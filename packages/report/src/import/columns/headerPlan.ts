import type { Field } from './Field';
import { LINE_FIELDS } from './lineFields';
import { PROJECT_FIELDS } from './projectFields';
import type { ResolvedHeader } from './ResolvedHeader';

/**
 * @internal The 0-based position of each field's column in a header (`-1` when it has none), as an object of
 * one fixed shape, so that `at.totalCost` is a plain property read in the code that runs once per row.
 */
export type FieldPositions = Readonly<Record<Field, number>>;

const FIELDS: readonly Field[] = [
  ...new Set<Field>([...PROJECT_FIELDS, ...LINE_FIELDS, 'ignored']),
];
/** @internal What the code that runs once per row needs of a header, computed once per header. */
export interface HeaderPlan {
  /** The position of each field's column. */
  readonly at: FieldPositions;
  /** Whether no column names a unit: every bare amount is in đồng. */
  readonly inDong: boolean;
}

const CACHE = new WeakMap<ResolvedHeader, HeaderPlan>();

/** @internal The positions of a header's fields (and whether its amounts are all in đồng), once per header. */
export function headerPlan(header: ResolvedHeader): HeaderPlan {
  let plan = CACHE.get(header);
  if (plan === undefined) {
    const at: Record<string, number> = {};
    for (const field of FIELDS) at[field] = header.columns.get(field)?.index ?? -1;
    const inDong = [...header.columns.values()].every(
      (column) => column.unit === undefined || column.unit === 'dong',
    );
    plan = { at: at as FieldPositions, inDong };
    CACHE.set(header, plan);
  }
  return plan;
}
