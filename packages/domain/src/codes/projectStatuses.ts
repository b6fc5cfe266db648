/**
 * The life of a đề án: `approved` (phê duyệt), `advanced` (tạm ứng paid), `accepted` (nghiệm thu),
 * `handed-over` (bàn giao), `settled` (quyết toán), `cancelled` (huỷ, dừng thực hiện).
 *
 * @category Codes
 * @example
 * ```ts
 * import { PROJECT_STATUSES } from '@khuyencong/domain';
 * PROJECT_STATUSES
 * //=> ['approved', 'advanced', 'accepted', 'handed-over', 'settled', 'cancelled']
 * ```
 */
export const PROJECT_STATUSES = [
  'approved',
  'advanced',
  'accepted',
  'handed-over',
  'settled',
  'cancelled',
] as const;

/**
 * One of {@link PROJECT_STATUSES}.
 *
 * @category Codes
 */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
