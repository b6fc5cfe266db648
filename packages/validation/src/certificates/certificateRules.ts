import type { Certificate, CertificateKind, IsoDate, LegalReference } from '@khuyencong/domain';
import { deepFreeze } from '@khuyencong/internal';
import { defineRule } from '../rules/defineRule';
import type { Rule, RuleContext, RuleOutcome } from '../rules/Rule';

/**
 * What the certificate rules check: the certificate and its computed dates.
 *
 * @category Certificates
 */
export interface CertificateFacts {
  /** The certificate. */
  readonly certificate: Certificate;
  /** The last day it is valid if never revoked. */
  readonly expiresOn: IsoDate;
  /** The last day it is valid, revocation taken into account. */
  readonly validUntil: IsoDate;
  /** Days of validity left counting the "as of" day (0 when not valid). */
  readonly daysRemaining: number;
  /** How many days ahead an expiry is reported (`CERTIFICATE_EXPIRING_SOON`). */
  readonly expiringWithinDays: number;
}

type Check = (facts: CertificateFacts, context: RuleContext) => RuleOutcome;

const VALIDITY: Readonly<Record<CertificateKind, LegalReference>> = {
  'rural-industrial-typical-product': { document: 'tt-26-2014-bct', article: '17', clause: '3' },
  ocop: { document: 'qd-148-2023-ttg' },
};
const REVOCATION: Readonly<Record<CertificateKind, LegalReference>> = {
  'rural-industrial-typical-product': { document: 'tt-26-2014-bct', article: '20', clause: '3' },
  ocop: { document: 'qd-148-2023-ttg' },
};

/** One rule per certificate kind, each with the legal text of its kind; same code, ids `CODE/kind`. */
function perKind(
  code: string,
  severity: 'error' | 'info',
  references: Readonly<Record<CertificateKind, LegalReference>>,
  check: Check,
): Rule<CertificateFacts>[] {
  return (Object.keys(references) as CertificateKind[]).map((kind) =>
    defineRule<CertificateFacts>({
      code,
      id: `${code}/${kind}`,
      severity,
      legalReference: references[kind],
      check: (facts, context) =>
        facts.certificate.kind === kind ? check(facts, context) : undefined,
    }),
  );
}

/**
 * The rules {@link certificateValidity} runs, one per code and certificate kind (ids such as
 * `CERTIFICATE_EXPIRED/ocop`):
 * - `CERTIFICATE_NOT_YET_VALID` (error): the "as of" date is before the issue date.
 * - `CERTIFICATE_EXPIRED` (error): the "as of" date is after the last day of validity.
 * - `CERTIFICATE_REVOKED` (error): revoked (thu hồi) on or before the "as of" date.
 * - `CERTIFICATE_EXPIRING_SOON` (info): valid, with at most `expiringWithinDays` days left (OCOP holders
 *   must be told at least 30 days before the end).
 *
 * @category Certificates
 * @example
 * ```ts
 * import { CERTIFICATE_RULES } from '@khuyencong/validation';
 * CERTIFICATE_RULES.map((rule) => rule.id).slice(0, 2)
 * //=> ['CERTIFICATE_NOT_YET_VALID/rural-industrial-typical-product', 'CERTIFICATE_NOT_YET_VALID/ocop']
 * ```
 */
export const CERTIFICATE_RULES: readonly Rule<CertificateFacts>[] = /* @__PURE__ */ deepFreeze([
  ...perKind('CERTIFICATE_NOT_YET_VALID', 'error', VALIDITY, ({ certificate }, { asOf }) =>
    asOf < certificate.issuedOn
      ? { details: { issuedOn: certificate.issuedOn, asOf }, path: ['issuedOn'] }
      : undefined,
  ),
  ...perKind('CERTIFICATE_EXPIRED', 'error', VALIDITY, ({ expiresOn }, { asOf }) =>
    asOf > expiresOn ? { details: { validUntil: expiresOn, asOf } } : undefined,
  ),
  ...perKind('CERTIFICATE_REVOKED', 'error', REVOCATION, ({ certificate }, { asOf }) =>
    certificate.revokedOn !== undefined && certificate.revokedOn <= asOf
      ? { details: { revokedOn: certificate.revokedOn, asOf }, path: ['revokedOn'] }
      : undefined,
  ),
  ...perKind('CERTIFICATE_EXPIRING_SOON', 'info', VALIDITY, (facts) =>
    facts.daysRemaining > 0 && facts.daysRemaining <= facts.expiringWithinDays
      ? { details: { validUntil: facts.validUntil, daysRemaining: facts.daysRemaining } }
      : undefined,
  ),
]);
