import type { Activity, BeneficiaryKind } from '@khuyencong/domain';
import type { EligibilityApplication } from './EligibilityApplication';

/**
 * @internal Activities of NĐ 45/2012 Điều 1.2.b (as amended by NĐ 235/2025): cleaner production,
 * sustainable production and industrial-cluster infrastructure, open to any size and with no location test.
 */
export const SIZE_AND_LOCATION_FREE_ACTIVITIES: readonly Activity[] = [
  'cleaner-production-pilot',
  'circular-production-model',
  'pollution-treatment-cluster',
  'cluster-planning',
  'cluster-infrastructure',
];

/** @internal The kinds of "cơ sở công nghiệp nông thôn" (Điều 1.2.a), whose production site is tested. */
const RURAL_INDUSTRIAL_KINDS: readonly BeneficiaryKind[] = [
  'small-medium-enterprise',
  'cooperative',
  'cooperative-union',
  'cooperative-group',
  'household-business',
];

/**
 * @internal Whether an application falls under Điều 1.2.a, so its location must qualify (not known, so not
 * tested, when the beneficiary's kind is not given: `ELIGIBILITY_DATA_MISSING` says so).
 */
export function needsLocationTest(application: EligibilityApplication): boolean {
  const { kind } = application.beneficiary;
  return (
    kind !== undefined &&
    RURAL_INDUSTRIAL_KINDS.includes(kind) &&
    application.beneficiary.size !== 'large' &&
    !SIZE_AND_LOCATION_FREE_ACTIVITIES.includes(application.activity)
  );
}
