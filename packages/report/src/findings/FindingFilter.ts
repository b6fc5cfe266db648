import type { FindingSeverity } from '@khuyencong/domain';

/**
 * Which findings to keep or show: at least a severity (`minSeverity: 'error'` keeps errors only; `'warning'`
 * errors and warnings), and/or only some codes. Counts in a report's summary always cover every finding.
 *
 * @category Findings
 */
export interface FindingFilter {
  /** The least severe level kept: `error`, `warning` or `info` (all). */
  readonly minSeverity?: FindingSeverity;
  /** Only these codes (any code when absent or empty). */
  readonly codes?: readonly string[];
}
