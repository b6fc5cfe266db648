import type { CertificateKind, OcopStars, TypicalProductLevel } from '../codes/certificateKinds';
import type { IsoDate } from '../dates/IsoDate';

/**
 * A product certificate: a rural industrial typical product certificate (with its voting level) or an
 * OCOP certificate (with its stars). Validity is computed by `@khuyencong/validation`.
 *
 * @category Models
 */
export interface Certificate {
  /** Which certificate. */
  readonly kind: CertificateKind;
  /** The voting level, for typical-product certificates. */
  readonly level?: TypicalProductLevel;
  /** The stars, for OCOP certificates. */
  readonly stars?: OcopStars;
  /** The product. */
  readonly productName: string;
  /** The holder (the establishment). */
  readonly holder: string;
  /** Issue date (ngày được cấp). */
  readonly issuedOn: IsoDate;
  /** The decision that granted it, e.g. "3116/QĐ-BCT". */
  readonly decisionNumber?: string;
  /** Who issued it. */
  readonly issuer?: string;
  /** Date of revocation (thu hồi), if revoked. */
  readonly revokedOn?: IsoDate;
}
