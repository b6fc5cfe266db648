import { eligibilityCheck } from '../report/eligibilityCheck';
import { fundingCheck } from '../report/fundingCheck';
import type { ProjectCheck } from '../report/ProjectCheck';
import { supportLimitCheck } from '../report/supportLimitCheck';

/** The checks `report` and `check` run on every project: support caps, funding, eligibility. */
export const PROJECT_CHECKS: readonly ProjectCheck[] = [
  supportLimitCheck,
  fundingCheck,
  eligibilityCheck,
];
