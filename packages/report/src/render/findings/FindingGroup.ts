import type { FindingSeverity } from '@khuyencong/domain';
import type { LocatedFinding } from '../../model/LocatedFinding';

/** @internal The findings of one code and severity: how many were found, and the ones kept, in order found. */
export interface FindingGroup {
  readonly code: string;
  readonly severity: FindingSeverity;
  /** How many were found (the summary's count: every one, kept or not). */
  readonly count: number;
  readonly findings: readonly LocatedFinding[];
}
