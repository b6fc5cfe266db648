/**
 * The units amounts are printed in: `dong` (đồng), `nghin` (nghìn đồng, 10^3), `trieu` (triệu đồng, 10^6),
 * `ty` (tỷ đồng, 10^9) and `nghin-ty` (nghìn tỷ đồng, 10^12). NĐ 174/2016/NĐ-CP Điều 4 allows reports
 * in nghìn, triệu or tỷ đồng.
 *
 * @category Formatting
 * @example
 * ```ts
 * import { VND_UNITS } from '@khuyencong/i18n-vi';
 * VND_UNITS
 * //=> ['dong', 'nghin', 'trieu', 'ty', 'nghin-ty']
 * ```
 */
export const VND_UNITS = ['dong', 'nghin', 'trieu', 'ty', 'nghin-ty'] as const;

/**
 * One of {@link VND_UNITS}.
 *
 * @category Formatting
 */
export type VndUnit = (typeof VND_UNITS)[number];
