import { validCertificatesOfRank } from '../certificates/hasValidCertificate';
import { defineRule } from '../rules/defineRule';
import type { Rule } from '../rules/Rule';
import type { EligibilityApplication } from './EligibilityApplication';

/** @internal Priority areas of NĐ 45/2012 Điều 6 (ranked by TT 46/2012 Điều 6), one info each. */
export const priorityAreaRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'PRIORITY_AREA',
    severity: 'info',
    legalReference: { document: 'nd-45-2012', article: '6' },
    check: ({ location }) =>
      (location.priorityAreas ?? []).map((area, index) => ({
        details: { area },
        path: ['location', 'priorityAreas', index],
      })),
  });

/** @internal Women-owned and ethnic-minority-owned establishments, from 15/10/2025 (NĐ 235/2025). */
export const priorityOwnerRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'PRIORITY_OWNER',
    severity: 'info',
    legalReference: { document: 'nd-235-2025' },
    effectiveFrom: '2025-10-15',
    check: ({ beneficiary }) =>
      (beneficiary.owners ?? []).map((owner, index) => ({
        details: { owner },
        path: ['beneficiary', 'owners', index],
      })),
  });

/** @internal A product with a still-valid typical-product certificate (TT 46/2012/TT-BCT Điều 6). */
export const priorityTypicalProductRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'PRIORITY_TYPICAL_PRODUCT',
    severity: 'info',
    legalReference: { document: 'tt-46-2012-bct', article: '6' },
    check: ({ certificates }, { asOf }) => {
      if (certificates === undefined || certificates.length === 0) return undefined;
      return validCertificatesOfRank({ certificates }, 1, asOf).map((certificate) => ({
        details: {
          level: certificate.level ?? null,
          productName: certificate.productName,
          issuedOn: certificate.issuedOn,
        },
        path: ['certificates', certificates.indexOf(certificate)],
      }));
    },
  });
