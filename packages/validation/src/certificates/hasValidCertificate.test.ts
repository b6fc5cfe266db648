import { describe, expect, it } from 'vitest';
import { checkVotingEntry } from './checkVotingEntry';
import { hasValidCertificate } from './hasValidCertificate';

const cert = (level: string, issuedOn: string, extra: object = {}) => ({
  kind: 'rural-industrial-typical-product',
  level,
  productName: 'Nón lá',
  holder: 'HTX',
  issuedOn,
  ...extra,
});

describe('hasValidCertificate', () => {
  it('needs a certificate of at least the level, valid on the date', () => {
    const product = {
      certificates: [cert('province', '2024-05-01'), cert('regional', '2022-05-01')],
    };
    expect(hasValidCertificate(product, { level: 'province', asOf: '2026-12-31' })).toBe(true);
    expect(hasValidCertificate(product, { level: 'regional', asOf: '2024-12-31' })).toBe(true);
    expect(hasValidCertificate(product, { level: 'regional', asOf: '2025-01-01' })).toBe(false);
    expect(hasValidCertificate(product, { level: 'national', asOf: '2024-12-31' })).toBe(false);
  });

  it('ignores OCOP and revoked certificates', () => {
    const product = {
      certificates: [
        { kind: 'ocop', stars: 5, productName: 'x', holder: 'y', issuedOn: '2025-01-01' },
        cert('national', '2025-01-01', { revokedOn: '2025-06-01' }),
      ],
    };
    expect(hasValidCertificate(product, { level: 'regional', asOf: '2025-05-31' })).toBe(true);
    expect(hasValidCertificate(product, { level: 'regional', asOf: '2025-06-01' })).toBe(false);
  });

  it('rejects an unknown level', () => {
    expect(() =>
      hasValidCertificate({ certificates: [] }, { level: 'quoc-gia' as never, asOf: '2025-01-01' }),
    ).toThrow(/level/);
  });
});

describe('checkVotingEntry (TT 26/2014/TT-BCT Điều 12)', () => {
  const product = { certificates: [cert('province', '2022-06-01')] };

  it('accepts a still-valid certificate of the level below', () => {
    expect(checkVotingEntry(product, { level: 'regional', asOf: '2024-12-31' })).toEqual({
      ok: true,
      findings: [],
    });
  });

  it('needs the endorsement of the lower authority once the certificate has expired', () => {
    const result = checkVotingEntry(product, { level: 'regional', asOf: '2025-01-01' });
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatchObject({
      code: 'LOWER_LEVEL_CERTIFICATE_MISSING',
      details: { level: 'regional' },
      legalReference: { document: 'tt-26-2014-bct', article: '12' },
    });
    const endorsed = checkVotingEntry(product, {
      level: 'regional',
      asOf: '2025-01-01',
      endorsed: true,
    });
    expect([endorsed.ok, endorsed.findings[0]?.code]).toEqual([
      true,
      'LOWER_LEVEL_ENDORSEMENT_USED',
    ]);
  });

  it('asks nothing at the lowest level, and a commune certificate admits to the province level', () => {
    expect(
      checkVotingEntry({ certificates: [] }, { level: 'commune', asOf: '2025-08-01' }).ok,
    ).toBe(true);
    const commune = { certificates: [cert('commune', '2025-08-01')] };
    expect(checkVotingEntry(commune, { level: 'province', asOf: '2025-09-01' }).ok).toBe(true);
    expect(checkVotingEntry(commune, { level: 'regional', asOf: '2025-09-01' }).ok).toBe(false);
  });
});
