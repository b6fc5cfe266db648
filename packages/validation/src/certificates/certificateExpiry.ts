import type { Certificate, IsoDate } from '@khuyencong/domain';
import { addDays, dateParts, isoDateOf } from '../_internal/days';

/**
 * How to read "đến hết ngày 31 tháng 12 của năm thứ 3 (tính từ năm cơ sở được cấp Giấy chứng nhận)"
 * (TT 26/2014/TT-BCT Điều 17.3): `issue-year-first` (the default: the issue year is year 1, so a certificate
 * issued 15/09/2024 is valid through 31/12/2026) or `year-after-issue-first` (through 31/12/2027).
 *
 * @category Certificates
 */
export type TypicalProductReading = 'issue-year-first' | 'year-after-issue-first';

/** Months an OCOP certificate is valid (QĐ 148/QĐ-TTg 2023, as QĐ 1048/QĐ-TTg 2019 before it). */
const OCOP_MONTHS = 36;

/**
 * @internal The last day a certificate is valid if it is never revoked: 31/12 of the third year for a
 * typical-product certificate; for OCOP, the day before the same calendar day 36 months later (issued
 * 15/03/2023 → 14/03/2026; issued 29/02/2024 → 28/02/2027, as 29/02/2027 does not exist).
 */
export function certificateExpiry(
  certificate: Certificate,
  reading: TypicalProductReading,
): IsoDate {
  const [year, month, day] = dateParts(certificate.issuedOn);
  if (certificate.kind === 'ocop') return isoDateOf(year, month + OCOP_MONTHS, day - 1);
  return `${year + (reading === 'issue-year-first' ? 2 : 3)}-12-31` as IsoDate;
}

/** @internal The last valid day: the expiry, or the day before the revocation when that is earlier. */
export function lastValidDay(certificate: Certificate, expiresOn: IsoDate): IsoDate {
  if (certificate.revokedOn === undefined) return expiresOn;
  const beforeRevocation = addDays(certificate.revokedOn, -1);
  return beforeRevocation < expiresOn ? beforeRevocation : expiresOn;
}
