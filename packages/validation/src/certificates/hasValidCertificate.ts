import type { ToIsoDateOptions } from '@khuyencong/domain';
import {
  type Certificate,
  type IsoDate,
  TYPICAL_PRODUCT_LEVELS,
  type TypicalProductLevel,
} from '@khuyencong/domain';
import { describeValue } from '@khuyencong/internal';
import * as z from 'zod/mini';
import { fail } from '../_internal/fail';
import { parseOrThrow } from '../_internal/parseOrThrow';
import { optionsObject, resolveAsOf } from '../_internal/resolveAsOf';
import { certificateSchema } from '../schemas/modelSchemas';
import { certificateValidity } from './certificateValidity';

/**
 * A product with the certificates it holds.
 *
 * @category Certificates
 */
export interface CertifiedProduct {
  /** Every certificate of the product, valid or not. */
  readonly certificates: readonly Certificate[];
}

/**
 * Options of {@link hasValidCertificate}.
 *
 * @category Certificates
 */
export interface HasValidCertificateOptions extends ToIsoDateOptions {
  /** The lowest typical-product level that counts (`'regional'` also accepts a national certificate). */
  readonly level: TypicalProductLevel;
  /** The date to judge on: a `Date` (its calendar date in `timeZone`, Vietnam's by default) or `YYYY-MM-DD`; today (in Vietnam) by default. */
  readonly asOf?: Date | string;
}

const productSchema: z.ZodMiniType<CertifiedProduct> = /* @__PURE__ */ z.object({
  certificates: /* @__PURE__ */ z.array(certificateSchema),
});

/** @internal The rank (1-4) of a typical-product level. */
export function levelRank(level: TypicalProductLevel): number {
  return TYPICAL_PRODUCT_LEVELS.find((definition) => definition.code === level)?.rank ?? 0;
}

/** @internal The level and "as of" date of a certificate lookup, validated. */
export function levelOptions(options: HasValidCertificateOptions): {
  readonly rank: number;
  readonly asOf: IsoDate;
} {
  const bag = optionsObject(options);
  const level = bag.level;
  const rank = typeof level === 'string' ? levelRank(level as TypicalProductLevel) : 0;
  if (rank === 0) {
    fail('INVALID_OPTION', `Unknown typical-product level ${describeValue(level)}.`, {
      parameter: 'level',
      value: describeValue(level),
      expected: TYPICAL_PRODUCT_LEVELS.map((definition) => definition.code).join(', '),
    });
  }
  return { rank, asOf: resolveAsOf(bag.asOf ?? new Date(), undefined, '', bag.timeZone) };
}

/** @internal The typical-product certificates of at least a rank that are valid on a date. */
export function validCertificatesOfRank(
  product: unknown,
  rank: number,
  asOf: IsoDate,
): readonly Certificate[] {
  const { certificates } = parseOrThrow(productSchema, product, 'product');
  return certificates.filter(
    (certificate) =>
      certificate.kind === 'rural-industrial-typical-product' &&
      certificate.level !== undefined &&
      levelRank(certificate.level) >= rank &&
      certificateValidity(certificate, { asOf }).valid,
  );
}

/**
 * Whether a product holds a still-valid typical-product certificate of at least a level on a date: the
 * priority the 2025 khuyến công plan gives to "sản phẩm được bình chọn, cấp giấy chứng nhận cấp khu vực,
 * quốc gia (giấy chứng nhận còn hiệu lực)", and TT 46/2012/TT-BCT Điều 6's typical-product priority.
 *
 * @param product - `{ certificates }`, each checked against {@link certificateSchema}.
 * @param options - {@link HasValidCertificateOptions}.
 * @returns `true` when one certificate of that level or higher is valid on `asOf`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_INPUT` for a product whose certificates do not match the schema;
 *   `INVALID_OPTION` for an unknown level or a bad `asOf`.
 * @category Certificates
 * @example
 * ```ts
 * import { hasValidCertificate } from '@khuyencong/validation';
 * const product = { certificates: [{ kind: 'rural-industrial-typical-product', level: 'national', productName: 'Nón lá', holder: 'HTX', issuedOn: '2023-10-01' }] } as const;
 * [hasValidCertificate(product, { level: 'regional', asOf: '2025-12-31' }), hasValidCertificate(product, { level: 'regional', asOf: '2026-01-01' })]
 * //=> [true, false]
 * ```
 */
export function hasValidCertificate(
  product: unknown,
  options: HasValidCertificateOptions,
): boolean {
  const { rank, asOf } = levelOptions(options);
  return validCertificatesOfRank(product, rank, asOf).length > 0;
}
