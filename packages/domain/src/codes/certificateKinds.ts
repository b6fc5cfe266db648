import type { AssertAssignable } from '../_internal/AssertAssignable';
import type { IsoDate } from '../dates/IsoDate';
import type { LegalReference } from '../legal/LegalReference';

/**
 * Certificates a product can hold: `rural-industrial-typical-product` (giấy chứng nhận sản phẩm công
 * nghiệp nông thôn tiêu biểu, TT 26/2014/TT-BCT) and `ocop` (sản phẩm OCOP, 3 to 5 stars).
 *
 * @category Codes
 * @example
 * ```ts
 * import { CERTIFICATE_KINDS } from '@khuyencong/domain';
 * CERTIFICATE_KINDS
 * //=> ['rural-industrial-typical-product', 'ocop']
 * ```
 */
export const CERTIFICATE_KINDS = ['rural-industrial-typical-product', 'ocop'] as const;

/**
 * One of {@link CERTIFICATE_KINDS}.
 *
 * @category Codes
 */
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/**
 * A voting level of typical rural industrial products, with the dates it exists.
 *
 * @category Codes
 */
export interface TypicalProductLevelDefinition {
  /** Stable code. */
  readonly code: string;
  /** Order from lowest (1) to highest (4). */
  readonly rank: number;
  /** First day the level exists. */
  readonly effectiveFrom?: IsoDate;
  /** Last day the level exists. */
  readonly effectiveTo?: IsoDate;
  /** Where it is defined. */
  readonly legalReference: LegalReference;
}

/**
 * The four voting levels (TT 26/2014/TT-BCT Điều 3, 6): `district` (cấp huyện, until 30/06/2025),
 * replaced by `commune` (cấp xã, from 01/07/2025 under TT 38/2025/TT-BCT), then `province`, `regional`
 * (cấp khu vực) and `national` (cấp quốc gia).
 *
 * @category Codes
 * @example
 * ```ts
 * import { TYPICAL_PRODUCT_LEVELS } from '@khuyencong/domain';
 * TYPICAL_PRODUCT_LEVELS.map((level) => level.code)
 * //=> ['district', 'commune', 'province', 'regional', 'national']
 * ```
 */
export const TYPICAL_PRODUCT_LEVELS = [
  {
    code: 'district',
    rank: 1,
    effectiveTo: '2025-06-30',
    legalReference: { document: 'tt-26-2014-bct', article: '3' },
  },
  {
    code: 'commune',
    rank: 1,
    effectiveFrom: '2025-07-01',
    legalReference: { document: 'tt-38-2025-bct' },
  },
  { code: 'province', rank: 2, legalReference: { document: 'tt-26-2014-bct', article: '3' } },
  { code: 'regional', rank: 3, legalReference: { document: 'tt-26-2014-bct', article: '3' } },
  { code: 'national', rank: 4, legalReference: { document: 'tt-26-2014-bct', article: '3' } },
] as const;

// Compile-time check that every entry is a TypicalProductLevelDefinition.
// biome-ignore lint/correctness/noUnusedVariables: a compile-time check, used by the compiler only
type LevelsAreDefinitions = AssertAssignable<
  typeof TYPICAL_PRODUCT_LEVELS,
  readonly TypicalProductLevelDefinition[]
>;

/**
 * The code of a level in {@link TYPICAL_PRODUCT_LEVELS}.
 *
 * @category Codes
 */
export type TypicalProductLevel = (typeof TYPICAL_PRODUCT_LEVELS)[number]['code'];

/**
 * OCOP star ratings that come with a certificate (3, 4 or 5 stars).
 *
 * @category Codes
 * @example
 * ```ts
 * import { OCOP_STARS } from '@khuyencong/domain';
 * OCOP_STARS
 * //=> [3, 4, 5]
 * ```
 */
export const OCOP_STARS = [3, 4, 5] as const;

/**
 * One of {@link OCOP_STARS}.
 *
 * @category Codes
 */
export type OcopStars = (typeof OCOP_STARS)[number];
