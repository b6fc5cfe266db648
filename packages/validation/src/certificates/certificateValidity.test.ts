import { isKhuyenCongError } from '@khuyencong/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateValidity } from './certificateValidity';

const typical = (issuedOn: string, extra: object = {}) => ({
  kind: 'rural-industrial-typical-product' as const,
  level: 'regional' as const,
  productName: 'Nón lá Phú Yên',
  holder: 'HTX Phú Hòa',
  issuedOn,
  ...extra,
});
const ocop = (issuedOn: string, extra: object = {}) => ({
  kind: 'ocop' as const,
  stars: 4 as const,
  productName: 'Cà phê',
  holder: 'HTX Ea Tu',
  issuedOn,
  ...extra,
});
const codes = (result: { findings: readonly { code: string }[] }) =>
  result.findings.map((finding) => finding.code);

describe('certificateValidity: typical product (TT 26/2014/TT-BCT Điều 17.3)', () => {
  it('is valid from the issue date through 31/12 of the third year counting the issue year', () => {
    const cert = typical('2024-09-15');
    expect(certificateValidity(cert, { asOf: '2024-09-14' })).toMatchObject({
      valid: false,
      validFrom: '2024-09-15',
      validUntil: '2026-12-31',
      daysRemaining: 0,
    });
    expect(codes(certificateValidity(cert, { asOf: '2024-09-14' }))).toEqual([
      'CERTIFICATE_NOT_YET_VALID',
    ]);
    expect(certificateValidity(cert, { asOf: '2024-09-15' }).daysRemaining).toBe(838);
    const last = certificateValidity(cert, { asOf: '2026-12-31' });
    expect([last.valid, last.daysRemaining, codes(last)]).toEqual([
      true,
      1,
      ['CERTIFICATE_EXPIRING_SOON'],
    ]);
    const after = certificateValidity(cert, { asOf: '2027-01-01' });
    expect([after.valid, after.daysRemaining, codes(after)]).toEqual([
      false,
      0,
      ['CERTIFICATE_EXPIRED'],
    ]);
    expect(after.findings[0]).toMatchObject({
      severity: 'error',
      details: { validUntil: '2026-12-31', asOf: '2027-01-01' },
      legalReference: { document: 'tt-26-2014-bct', article: '17', clause: '3' },
      rule: 'CERTIFICATE_EXPIRED/rural-industrial-typical-product',
    });
  });

  it('counts an issue on 01/01 or 31/12 within its issue year', () => {
    expect(certificateValidity(typical('2024-01-01'), { asOf: '2024-06-01' }).validUntil).toBe(
      '2026-12-31',
    );
    expect(certificateValidity(typical('2024-12-31'), { asOf: '2024-12-31' }).validUntil).toBe(
      '2026-12-31',
    );
  });

  it('offers the other reading as an option', () => {
    const result = certificateValidity(typical('2024-09-15'), {
      asOf: '2027-01-01',
      reading: 'year-after-issue-first',
    });
    expect([result.valid, result.validUntil]).toEqual([true, '2027-12-31']);
  });

  it('is invalid from the revocation date', () => {
    const cert = typical('2024-09-15', { revokedOn: '2025-03-01' });
    expect(certificateValidity(cert, { asOf: '2025-02-28' })).toMatchObject({
      valid: true,
      validUntil: '2025-02-28',
      daysRemaining: 1,
    });
    const revoked = certificateValidity(cert, { asOf: '2025-03-01' });
    expect([revoked.valid, codes(revoked)]).toEqual([false, ['CERTIFICATE_REVOKED']]);
    expect(revoked.findings[0]?.legalReference).toEqual({
      document: 'tt-26-2014-bct',
      article: '20',
      clause: '3',
    });
  });
});

describe('certificateValidity: OCOP (36 months)', () => {
  it('runs through the day before the same day 36 months later', () => {
    const cert = ocop('2023-03-15');
    expect(certificateValidity(cert, { asOf: '2026-03-14' }).valid).toBe(true);
    const after = certificateValidity(cert, { asOf: '2026-03-15' });
    expect([after.valid, after.validUntil, codes(after)]).toEqual([
      false,
      '2026-03-14',
      ['CERTIFICATE_EXPIRED'],
    ]);
    expect(after.findings[0]?.legalReference).toEqual({ document: 'qd-148-2023-ttg' });
  });

  it('handles month ends and leap days', () => {
    const until = (issuedOn: string) =>
      certificateValidity(ocop(issuedOn), { asOf: issuedOn }).validUntil;
    expect(until('2023-01-31')).toBe('2026-01-30');
    expect(until('2023-03-31')).toBe('2026-03-30');
    expect(until('2023-03-01')).toBe('2026-02-28');
    expect(until('2023-01-01')).toBe('2025-12-31');
    expect(until('2023-12-31')).toBe('2026-12-30');
    expect(until('2024-02-29')).toBe('2027-02-28');
    expect(until('2021-02-28')).toBe('2024-02-27');
  });

  it('reports the last 30 days as expiring soon, and not the 31st', () => {
    const cert = ocop('2023-03-15');
    expect(codes(certificateValidity(cert, { asOf: '2026-02-12' }))).toEqual([]);
    expect(codes(certificateValidity(cert, { asOf: '2026-02-13' }))).toEqual([
      'CERTIFICATE_EXPIRING_SOON',
    ]);
    expect(certificateValidity(cert, { asOf: '2026-02-13' }).findings[0]?.details).toEqual({
      validUntil: '2026-03-14',
      daysRemaining: 30,
    });
    expect(codes(certificateValidity(cert, { asOf: '2026-02-13', expiringWithinDays: 0 }))).toEqual(
      [],
    );
  });

  it('is valid for exactly 36 months of days, whatever the issue date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2090, 11, 31), noInvalidDate: true }),
        (date) => {
          const issuedOn = date.toISOString().slice(0, 10);
          const { validUntil } = certificateValidity(ocop(issuedOn), { asOf: issuedOn });
          const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number];
          const anniversary = new Date(Date.UTC(y + 3, m - 1, d)).toISOString().slice(0, 10);
          expect(validUntil < anniversary).toBe(true);
          expect(certificateValidity(ocop(issuedOn), { asOf: anniversary }).valid).toBe(false);
          expect(certificateValidity(ocop(issuedOn), { asOf: validUntil }).valid).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('certificateValidity: bad input', () => {
  it('throws INVALID_INPUT for a certificate that does not match the schema', () => {
    for (const bad of [
      null,
      {},
      typical('2024-02-30'),
      { ...typical('2024-01-01'), level: undefined },
    ]) {
      let caught: unknown;
      try {
        certificateValidity(bad, { asOf: '2025-01-01' });
      } catch (error) {
        caught = error;
      }
      expect(isKhuyenCongError(caught, ['INVALID_INPUT'])).toBe(true);
    }
  });

  it('throws INVALID_OPTION for a bad asOf or reading', () => {
    expect(() => certificateValidity(typical('2024-01-01'), { asOf: '31/12/2026' })).toThrow(
      /asOf/,
    );
    expect(() =>
      certificateValidity(typical('2024-01-01'), { reading: 'third-year' as never }),
    ).toThrow(/reading/);
  });
});
