import type { IsoDate, ToIsoDateOptions } from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import { daysBetween } from '../_internal/days';
import { fail } from '../_internal/fail';
import { parseOrThrow } from '../_internal/parseOrThrow';
import { optionsObject, resolveAsOf } from '../_internal/resolveAsOf';
import type { Rule, ValidationFinding } from '../rules/Rule';
import { runRules } from '../rules/runRules';
import { certificateSchema } from '../schemas/modelSchemas';
import { certificateExpiry, lastValidDay, type TypicalProductReading } from './certificateExpiry';
import { CERTIFICATE_RULES, type CertificateFacts } from './certificateRules';

/**
 * Options of {@link certificateValidity}.
 *
 * @category Certificates
 */
export interface CertificateValidityOptions extends ToIsoDateOptions {
  /** The date to judge on: a `Date` (its calendar date in `timeZone`, Vietnam's by default) or `YYYY-MM-DD`; today (in Vietnam) by default. */
  readonly asOf?: Date | string;
  /** How to count the three years of a typical-product certificate; `issue-year-first` by default. */
  readonly reading?: TypicalProductReading;
  /** Report `CERTIFICATE_EXPIRING_SOON` when at most this many days are left; 30 by default. */
  readonly expiringWithinDays?: number;
  /** The rules to run; {@link CERTIFICATE_RULES} by default (add your own with a spread). */
  readonly rules?: readonly Rule<CertificateFacts>[];
}

/**
 * Whether a certificate is valid on a date, and until when.
 *
 * @category Certificates
 */
export interface CertificateValidity {
  /** Valid on the "as of" date: issued, not expired, not revoked. */
  readonly valid: boolean;
  /** The first valid day: the issue date. */
  readonly validFrom: IsoDate;
  /** The last valid day: the expiry, or the day before the revocation. */
  readonly validUntil: IsoDate;
  /** Days of validity left counting the "as of" day (1 on the last day, 0 when not valid). */
  readonly daysRemaining: number;
  /** Why it is not valid, or that it soon expires. */
  readonly findings: readonly ValidationFinding[];
}

const READINGS: readonly unknown[] = ['issue-year-first', 'year-after-issue-first'];

/**
 * Computes the validity of a product certificate:
 * - a rural-industrial typical-product certificate (TT 26/2014/TT-BCT Điều 17.3) is valid from its issue
 *   date through 31/12 of the third year, the issue year counting as the first (issued 15/09/2024 → through
 *   31/12/2026); `reading: 'year-after-issue-first'` gives the other reading (through 31/12/2027);
 * - an OCOP certificate is valid for 36 months from issue: through the day before the same calendar day 36
 *   months later (issued 15/03/2023 → through 14/03/2026; 31/01/2023 → 30/01/2026; 29/02/2024 → 28/02/2027);
 * - a revoked certificate is invalid from its revocation date.
 *
 * @param certificate - the certificate (checked against {@link certificateSchema}).
 * @param options - {@link CertificateValidityOptions}.
 * @returns `{ valid, validFrom, validUntil, daysRemaining, findings }`; `valid` is also `false` when a custom
 *   rule reports an error.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_INPUT` when the certificate does not match its schema;
 *   `INVALID_OPTION` for a bad `asOf`, `reading` or `expiringWithinDays`; `RULE_FAILED` from a custom rule.
 * @category Certificates
 * @example
 * ```ts
 * import { certificateValidity } from '@khuyencong/validation';
 * certificateValidity({ kind: 'rural-industrial-typical-product', level: 'regional', productName: 'x', holder: 'y', issuedOn: '2024-09-15' }, { asOf: '2026-12-31' }).validUntil
 * //=> '2026-12-31'
 * ```
 * @example
 * ```ts
 * import { certificateValidity } from '@khuyencong/validation';
 * const ocop = { kind: 'ocop', stars: 4, productName: 'Cà phê Buôn Ma Thuột', holder: 'HTX', issuedOn: '2023-03-15' } as const;
 * const { valid, validUntil, daysRemaining, findings } = certificateValidity(ocop, { asOf: '2026-03-14' });
 * [valid, validUntil, daysRemaining, findings.map((finding) => finding.code)]
 * //=> [true, '2026-03-14', 1, ['CERTIFICATE_EXPIRING_SOON']]
 * ```
 */
export function certificateValidity(
  certificate: unknown,
  options: CertificateValidityOptions = {},
): CertificateValidity {
  const bag = optionsObject(options);
  const parsed = parseOrThrow(certificateSchema, certificate, 'certificate');
  const asOf = resolveAsOf(bag.asOf ?? new Date(), undefined, '', bag.timeZone);
  const reading = bag.reading ?? 'issue-year-first';
  if (!READINGS.includes(reading)) {
    fail('INVALID_OPTION', `Unknown reading ${describeValue(reading)}.`, {
      parameter: 'reading',
      value: describeValue(reading),
      expected: 'issue-year-first or year-after-issue-first',
    });
  }
  const within = bag.expiringWithinDays ?? 30;
  if (!Number.isSafeInteger(within) || (within as number) < 0) {
    fail(
      'INVALID_OPTION',
      `expiringWithinDays must be a whole number of days, got ${describeValue(within)}.`,
      {
        parameter: 'expiringWithinDays',
        value: describeValue(within),
        expected: 'a non-negative integer',
      },
    );
  }
  const expiresOn = certificateExpiry(parsed, reading as TypicalProductReading);
  const validUntil = lastValidDay(parsed, expiresOn);
  const valid = parsed.issuedOn <= asOf && asOf <= validUntil;
  const daysRemaining = valid ? daysBetween(asOf, validUntil) + 1 : 0;
  const facts: CertificateFacts = {
    certificate: parsed,
    expiresOn,
    validUntil,
    daysRemaining,
    expiringWithinDays: within as number,
  };
  const rules = (bag.rules ?? CERTIFICATE_RULES) as readonly Rule<CertificateFacts>[];
  const { ok, findings } = runRules(rules, facts, { asOf });
  return { valid: valid && ok, validFrom: parsed.issuedOn, validUntil, daysRemaining, findings };
}
