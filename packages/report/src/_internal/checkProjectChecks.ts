import { approvalDateCheck, uncheckedApprovalDateCheck } from '../checks/approvalDateCheck';
import { eligibilityCheck, eligibilityFindings } from '../checks/eligibilityCheck';
import { fundingCheck, uncheckedFundingCheck } from '../checks/fundingCheck';
import {
  nationalReferenceCheck,
  uncheckedNationalReferenceCheck,
} from '../checks/nationalReferenceCheck';
import type { ProjectCheck } from '../checks/ProjectCheck';
import { everyIndex } from './checkShape';
import { invalidArgument } from './invalidArgument';
import { isCallable } from './isCallable';

/** The built-in checks, each with its body without argument checks (the builder's records are checked when added). */
const UNCHECKED: ReadonlyMap<ProjectCheck, ProjectCheck> = new Map<ProjectCheck, ProjectCheck>([
  [fundingCheck, uncheckedFundingCheck],
  [nationalReferenceCheck, uncheckedNationalReferenceCheck],
  [eligibilityCheck, eligibilityFindings],
  [approvalDateCheck, uncheckedApprovalDateCheck],
]);

/**
 * @internal The `checks` option of the builder: an array of functions (`INVALID_OPTION` otherwise), the built-in
 * checks among them replaced by their bodies without argument checks, once per builder rather than once per
 * đề án.
 */
export function checkProjectChecks(checks: unknown, fn: string): readonly ProjectCheck[] {
  if (!Array.isArray(checks) || !everyIndex(checks, isCallable)) {
    return invalidArgument('INVALID_OPTION', fn, 'checks', checks, 'an array of project checks');
  }
  return checks.map((check: ProjectCheck) => UNCHECKED.get(check) ?? check);
}
