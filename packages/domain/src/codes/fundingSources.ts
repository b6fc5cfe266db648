/**
 * Where the money of a đề án comes from (NĐ 45/2012 Điều 11-13):
 * - `national`: kinh phí khuyến công quốc gia (central budget, managed by the Ministry of Industry and Trade);
 * - `local`: kinh phí khuyến công địa phương (provincial and commune budgets, managed by the People's Committees);
 * - `counterpart`: vốn đối ứng, the beneficiary's own contribution;
 * - `other`: grants and other lawful sources.
 *
 * @category Codes
 * @example
 * ```ts
 * import { FUNDING_SOURCES } from '@khuyencong/domain';
 * FUNDING_SOURCES
 * //=> ['national', 'local', 'counterpart', 'other']
 * ```
 */
export const FUNDING_SOURCES = ['national', 'local', 'counterpart', 'other'] as const;

/**
 * One of {@link FUNDING_SOURCES}.
 *
 * @category Codes
 */
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/**
 * The state funding sources (khuyến công funds proper): national and local.
 *
 * @category Codes
 * @example
 * ```ts
 * import { STATE_FUNDING_SOURCES } from '@khuyencong/domain';
 * STATE_FUNDING_SOURCES
 * //=> ['national', 'local']
 * ```
 */
export const STATE_FUNDING_SOURCES = ['national', 'local'] as const;

/**
 * One of {@link STATE_FUNDING_SOURCES}.
 *
 * @category Codes
 */
export type StateFundingSource = (typeof STATE_FUNDING_SOURCES)[number];
