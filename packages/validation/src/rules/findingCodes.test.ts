import { getLegalDocument, VALIDATION_FINDING_CODES } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_RULES } from '../certificates/certificateRules';
import { VOTING_ENTRY_RULES } from '../certificates/checkVotingEntry';
import { ELIGIBILITY_RULES } from '../eligibility/eligibilityRules';
import { FUNDING_RULES } from '../funding/fundingRules';

describe('VALIDATION_FINDING_CODES', () => {
  it('lists exactly the codes of the built-in rules plus INVALID_FIELD', () => {
    const used = new Set<string>(['INVALID_FIELD']);
    for (const rule of [
      ...ELIGIBILITY_RULES,
      ...FUNDING_RULES,
      ...CERTIFICATE_RULES,
      ...VOTING_ENTRY_RULES,
    ]) {
      used.add(rule.code);
    }
    expect([...used].sort()).toEqual([...VALIDATION_FINDING_CODES].sort());
  });

  it('gives every built-in rule a legal reference to a known document', () => {
    for (const rule of [
      ...ELIGIBILITY_RULES,
      ...FUNDING_RULES,
      ...CERTIFICATE_RULES,
      ...VOTING_ENTRY_RULES,
    ]) {
      expect(getLegalDocument(rule.legalReference.document).id, rule.id).toBe(
        rule.legalReference.document,
      );
    }
  });
});
