import { deepFreeze } from '@khuyencong/internal';
import { approvalDateCheck } from './approvalDateCheck';
import { eligibilityCheck } from './eligibilityCheck';
import { fundingCheck } from './fundingCheck';
import { nationalReferenceCheck } from './nationalReferenceCheck';
import type { ProjectCheck } from './ProjectCheck';

/**
 * The checks a report runs on every đề án by default, in this order: funding (support caps, parts, sources,
 * declaration, settlement), the national reference for provinces without encoded levels, eligibility
 * (beneficiary, sector, site), and the approval date.
 *
 * @category Checks
 * @example
 * ```ts
 * import { PROJECT_CHECKS } from '@khuyencong/report';
 * PROJECT_CHECKS.length
 * //=> 4
 * ```
 */
export const PROJECT_CHECKS: readonly ProjectCheck[] = /* @__PURE__ */ deepFreeze([
  fundingCheck,
  nationalReferenceCheck,
  eligibilityCheck,
  approvalDateCheck,
]);
