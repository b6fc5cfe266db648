import { defineRule } from '../rules/defineRule';
import type { Rule } from '../rules/Rule';
import type { EligibilityApplication } from './EligibilityApplication';
import { SIZE_AND_LOCATION_FREE_ACTIVITIES } from './eligibilityScope';

/** @internal A large enterprise only for cleaner / sustainable production and cluster infrastructure. */
export const largeEnterpriseRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'LARGE_ENTERPRISE_NOT_ELIGIBLE',
    severity: 'error',
    legalReference: { document: 'nd-45-2012', article: '1', clause: '2' },
    description:
      'A large enterprise is supported only for cleaner production, sustainable production or industrial-cluster infrastructure.',
    check: ({ beneficiary, activity }) =>
      (beneficiary.kind === 'large-enterprise' || beneficiary.size === 'large') &&
      !SIZE_AND_LOCATION_FREE_ACTIVITIES.includes(activity)
        ? {
            details: { kind: beneficiary.kind ?? null, size: beneficiary.size ?? null, activity },
            path: ['beneficiary'],
          }
        : undefined,
  });

/** @internal Artisans (nghệ nhân) become beneficiaries only with NĐ 235/2025 (15/10/2025). */
export const artisanBeforeReformRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'BENEFICIARY_KIND_NOT_ELIGIBLE',
    id: 'BENEFICIARY_KIND_NOT_ELIGIBLE/artisan',
    severity: 'error',
    legalReference: { document: 'nd-235-2025', article: '1', clause: '1' },
    effectiveTo: '2025-10-14',
    description: 'Artisans are beneficiaries only from 15/10/2025 (NĐ 235/2025).',
    check: ({ beneficiary }, { asOf }) =>
      beneficiary.kind === 'artisan'
        ? {
            details: { kind: beneficiary.kind, asOf, eligibleFrom: '2025-10-15' },
            path: ['beneficiary', 'kind'],
          }
        : undefined,
  });
