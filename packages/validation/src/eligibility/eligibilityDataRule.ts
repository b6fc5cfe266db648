import { defineRule } from '../rules/defineRule';
import type { Rule, RuleReport } from '../rules/Rule';
import type { EligibilityApplication } from './EligibilityApplication';

/**
 * @internal The beneficiary's kind (NĐ 45/2012 Điều 1.2) and the sector (Điều 5, the whitelist) decide
 * eligibility; when either is not given, the rules that need it cannot run, and a warning says so instead
 * of a silent "eligible".
 */
export const eligibilityDataRule: Rule<EligibilityApplication> =
  /* @__PURE__ */ defineRule<EligibilityApplication>({
    code: 'ELIGIBILITY_DATA_MISSING',
    severity: 'warning',
    legalReference: { document: 'nd-45-2012', article: '1', clause: '2' },
    description: 'The beneficiary kind and the sector must be given for eligibility to be checked.',
    check: ({ beneficiary, sector }) => {
      const reports: RuleReport[] = [];
      if (beneficiary.kind === undefined) {
        reports.push({ details: { field: 'beneficiary.kind' }, path: ['beneficiary', 'kind'] });
      }
      if (sector === undefined) {
        reports.push({
          details: { field: 'sector' },
          path: ['sector'],
          legalReference: { document: 'nd-45-2012', article: '5', clause: '1' },
        });
      }
      return reports;
    },
  });
