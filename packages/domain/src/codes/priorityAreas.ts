/**
 * Kinds of priority area (địa bàn ưu tiên) of NĐ 45/2012 Điều 6 and TT 46/2012 Điều 6, in TT 46's order:
 * `highland`, `island`, `border`, `ethnic-minority-area` (vùng cao, hải đảo, biên giới, vùng đồng bào dân tộc
 * thiểu số), `poor-district` (the 61 huyện nghèo of NQ 30a/2008), `new-rural-commune` (xã nông thôn mới),
 * `difficult-area` and `especially-difficult-area` (địa bàn có điều kiện kinh tế - xã hội khó khăn / đặc biệt
 * khó khăn).
 *
 * @category Codes
 * @example
 * ```ts
 * import { PRIORITY_AREA_KINDS } from '@khuyencong/domain';
 * PRIORITY_AREA_KINDS.includes('poor-district')
 * //=> true
 * ```
 */
export const PRIORITY_AREA_KINDS = [
  'highland',
  'island',
  'border',
  'ethnic-minority-area',
  'poor-district',
  'new-rural-commune',
  'difficult-area',
  'especially-difficult-area',
] as const;

/**
 * One of {@link PRIORITY_AREA_KINDS}.
 *
 * @category Codes
 */
export type PriorityAreaKind = (typeof PRIORITY_AREA_KINDS)[number];

/**
 * Owners that get special priority from NĐ 235/2025 (in force 15/10/2025): establishments owned by women
 * (`women-owned`) and by ethnic-minority people (`ethnic-minority-owned`).
 *
 * @category Codes
 * @example
 * ```ts
 * import { PRIORITY_OWNER_KINDS } from '@khuyencong/domain';
 * PRIORITY_OWNER_KINDS
 * //=> ['women-owned', 'ethnic-minority-owned']
 * ```
 */
export const PRIORITY_OWNER_KINDS = ['women-owned', 'ethnic-minority-owned'] as const;

/**
 * One of {@link PRIORITY_OWNER_KINDS}.
 *
 * @category Codes
 */
export type PriorityOwnerKind = (typeof PRIORITY_OWNER_KINDS)[number];
