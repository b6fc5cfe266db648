/**
 * The approximate words Vietnamese reports put before a figure:
 * - `more-than`: "hơn", "trên" (strictly more than the figure);
 * - `less-than`: "dưới" (strictly less);
 * - `nearly`: "gần" (a little under the figure);
 * - `about`: "khoảng", "ước", "xấp xỉ" (either side).
 *
 * @category Money
 * @example
 * ```ts
 * import { AMOUNT_QUALIFIERS } from '@khuyencong/domain';
 * AMOUNT_QUALIFIERS
 * //=> ['more-than', 'less-than', 'nearly', 'about']
 * ```
 */
export const AMOUNT_QUALIFIERS = ['more-than', 'less-than', 'nearly', 'about'] as const;

/**
 * One of {@link AMOUNT_QUALIFIERS}.
 *
 * @category Money
 */
export type AmountQualifier = (typeof AMOUNT_QUALIFIERS)[number];
