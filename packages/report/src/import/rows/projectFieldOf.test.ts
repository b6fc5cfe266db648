import { describe, expect, it } from 'vitest';
import { projectFieldOf } from './projectFieldOf';

describe('projectFieldOf', () => {
  it('names the column that gave each part of a project', () => {
    const cases: [(string | number)[], string | undefined][] = [
      [['totalCost'], 'totalCost'],
      [['location', 'provinceId'], 'province'],
      [['location', 'asOf'], 'approvalDate'],
      [['location'], 'province'],
      [['approval', 'date'], 'approvalDate'],
      [['approval', 'decisionNumber'], 'decisionNumber'],
      [['beneficiaries', 0, 'kind'], 'beneficiaryKind'],
      [['beneficiaries', 0, 'name'], 'beneficiary'],
      [['funding', 'counterpart'], 'counterpart'],
      [['reported', 'totalCost', 'amount'], 'totalCost'],
      [['funding', 'local'], 'support'],
      [['funding', 'national'], 'national'],
      [['funding', 'elsewhere'], undefined],
      [[], undefined],
      [['unknown'], undefined],
    ];
    for (const [path, field] of cases)
      expect(projectFieldOf(path, 'local'), path.join('.')).toBe(field);
    expect(projectFieldOf(['funding', 'local'], undefined)).toBe('local');
  });
});
