import { ERROR_CODES, isKhuyenCongError } from '@khuyencong/domain';
import { failureOf } from '@khuyencong/hostile';
import { describe, expect, it } from 'vitest';
import { HUE_WARD as ward } from '../../test/hueWard';
import {
  type CheckEligibilityOptions,
  certificateValidity,
  checkEligibility,
  checkFunding,
  defineRule,
  hasValidCertificate,
  runRules,
} from '../index';

// 14/10/2025 18:00 UTC is 15/10/2025 01:00 in Vietnam.
const instant = new Date('2025-10-14T18:00:00Z');

const failure = (run: () => unknown) =>
  failureOf(run, (error) => isKhuyenCongError(error, ERROR_CODES));

describe('asOf as a Date, and the timeZone option', () => {
  it('reads a Date as its calendar date in Vietnam, or in the timeZone asked for', () => {
    expect(checkEligibility(ward, { asOf: instant }).findings[0]?.code).toBe(
      'LOCATION_NOT_ELIGIBLE',
    );
    expect(checkEligibility(ward, { asOf: instant, timeZone: 'UTC' }).findings[0]?.code).toBe(
      'LOCATION_RULE_AMBIGUOUS',
    );
    expect(
      checkEligibility(ward, { asOf: instant, timeZone: 'Asia/Ho_Chi_Minh' }).findings[0]?.code,
    ).toBe('LOCATION_NOT_ELIGIBLE');
  });

  it('does not move a YYYY-MM-DD string, whatever the zone', () => {
    expect(
      checkEligibility(ward, { asOf: '2025-10-14', timeZone: 'Pacific/Kiritimati' }).findings[0]
        ?.code,
    ).toBe('LOCATION_RULE_AMBIGUOUS');
  });

  it('gives runRules and the certificate checks the same reading', () => {
    const rule = defineRule<number>({
      code: 'TOO_BIG',
      severity: 'error',
      legalReference: { document: 'nd-235-2025' },
      effectiveFrom: '2025-10-15',
      check: () => ({ details: {} }),
    });
    expect(runRules([rule], 1, { asOf: instant }).ok).toBe(false);
    expect(runRules([rule], 1, { asOf: instant, timeZone: 'UTC' }).ok).toBe(true);
    const certificate = {
      kind: 'rural-industrial-typical-product',
      level: 'regional',
      productName: 'Cà phê',
      holder: 'HTX',
      issuedOn: '2022-10-15',
    } as const;
    // Issued in 2022, valid for the issue year and the two after it (issue-year-first): until 31/12/2024.
    const newYear = new Date('2024-12-31T17:30:00Z');
    expect(certificateValidity(certificate, { asOf: newYear }).valid).toBe(false);
    expect(certificateValidity(certificate, { asOf: newYear, timeZone: 'UTC' }).valid).toBe(true);
    const product = { certificates: [certificate] };
    expect(hasValidCertificate(product, { level: 'regional', asOf: newYear })).toBe(false);
    expect(
      hasValidCertificate(product, { level: 'regional', asOf: newYear, timeZone: 'Europe/Paris' }),
    ).toBe(true);
  });

  it('refuses a zone that does not exist with UNKNOWN_TIME_ZONE, even beside a string date', () => {
    for (const timeZone of ['Mars/Olympus', 'UTC+7', '', 7, null]) {
      for (const asOf of [instant, '2025-10-14', undefined]) {
        const run = () =>
          checkEligibility({ ...ward, approvalDate: '2025-10-14' }, {
            asOf,
            timeZone,
          } as CheckEligibilityOptions);
        expect(failure(run)).toBe('UNKNOWN_TIME_ZONE');
        expect(run).toThrow(
          expect.objectContaining({ details: expect.objectContaining({ option: 'timeZone' }) }),
        );
      }
      const zone = timeZone as string;
      expect(failure(() => runRules([], 1, { asOf: '2025-01-01', timeZone: zone }))).toBe(
        'UNKNOWN_TIME_ZONE',
      );
      const project = { id: 'x', activity: 'machinery', funding: { national: '1' } };
      expect(failure(() => checkFunding(project, { asOf: '2025-01-01', timeZone: zone }))).toBe(
        'UNKNOWN_TIME_ZONE',
      );
    }
  });

  it('reads timeZone as an own property only', () => {
    const prototype = Object.prototype as { timeZone?: string };
    prototype.timeZone = 'UTC';
    try {
      expect(checkEligibility(ward, { asOf: instant, prevalidated: true }).findings[0]?.code).toBe(
        'LOCATION_NOT_ELIGIBLE',
      );
    } finally {
      delete prototype.timeZone;
    }
  });
});
