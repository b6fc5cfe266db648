import { deepFreeze } from '@khuyencong/internal';

/**
 * How {@link allocate} hands out the đồng left over after every part is rounded down:
 *
 * - `largestRemainder` (Hamilton's method, the default): to the parts with the largest fractional
 *   remainders, ties to the earlier part. Every part is then within one đồng of its exact share.
 * - `largestRatioFirst` (what dinero.js `allocate` does): to the parts with the largest ratios, ties to the
 *   earlier part.
 *
 * 10 đồng over [15, 15, 70]: exact shares 1,5 / 1,5 / 7 → `largestRemainder` [2, 1, 7],
 * `largestRatioFirst` [1, 1, 8].
 *
 * @category Allocation
 * @example
 * ```ts
 * import { ALLOCATION_METHODS } from '@khuyencong/calc';
 * ALLOCATION_METHODS
 * //=> ['largestRemainder', 'largestRatioFirst']
 * ```
 */
export const ALLOCATION_METHODS: readonly ['largestRemainder', 'largestRatioFirst'] =
  /* @__PURE__ */ deepFreeze(['largestRemainder', 'largestRatioFirst'] as const);

/**
 * One of {@link ALLOCATION_METHODS}.
 *
 * @category Allocation
 */
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];

/**
 * Options of {@link allocate}.
 *
 * @category Allocation
 */
export interface AllocateOptions {
  /** Who gets the đồng left over after rounding down (default `largestRemainder`). */
  readonly method?: AllocationMethod;
}
