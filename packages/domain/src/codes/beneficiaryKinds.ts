/**
 * Who receives support (NĐ 45/2012 Điều 1.2 as amended by NĐ 235/2025; TT 46/2012 Điều 3):
 * `small-medium-enterprise` (doanh nghiệp nhỏ và vừa), `large-enterprise` (only for cleaner / sustainable
 * production and industrial-cluster infrastructure), `cooperative` (hợp tác xã), `cooperative-union`
 * (liên hiệp hợp tác xã), `cooperative-group` (tổ hợp tác), `household-business` (hộ kinh doanh), `artisan`
 * (nghệ nhân, from NĐ 235/2025), `service-provider` (organisations and individuals providing khuyến công
 * services).
 *
 * @category Codes
 * @example
 * ```ts
 * import { BENEFICIARY_KINDS } from '@khuyencong/domain';
 * BENEFICIARY_KINDS.includes('household-business')
 * //=> true
 * ```
 */
export const BENEFICIARY_KINDS = [
  'small-medium-enterprise',
  'large-enterprise',
  'cooperative',
  'cooperative-union',
  'cooperative-group',
  'household-business',
  'artisan',
  'service-provider',
] as const;

/**
 * One of {@link BENEFICIARY_KINDS}.
 *
 * @category Codes
 */
export type BeneficiaryKind = (typeof BENEFICIARY_KINDS)[number];

/**
 * Enterprise size classes (doanh nghiệp siêu nhỏ, nhỏ, vừa, lớn) as the law on SMEs defines them. The
 * thresholds are not encoded: supply the class the enterprise has registered.
 *
 * @category Codes
 * @example
 * ```ts
 * import { ENTERPRISE_SIZES } from '@khuyencong/domain';
 * ENTERPRISE_SIZES
 * //=> ['micro', 'small', 'medium', 'large']
 * ```
 */
export const ENTERPRISE_SIZES = ['micro', 'small', 'medium', 'large'] as const;

/**
 * One of {@link ENTERPRISE_SIZES}.
 *
 * @category Codes
 */
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];
