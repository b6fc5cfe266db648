/**
 * The rounding modes of every `@khuyencong/*` package (calc's arithmetic, i18n-vi's formatting), named as `Intl.NumberFormat`'s `roundingMode` so that no name
 * means two things. What each does to −2.5 / −2.4 / 2.5 (the negative side is where libraries disagree):
 *
 * - `ceil`: toward +∞. −2.5 → −2, 2.5 → 3.
 * - `floor`: toward −∞. −2.5 → −3, 2.5 → 2. The default for support amounts under "không quá" caps.
 * - `expand`: away from zero. −2.5 → −3, −2.4 → −3, 2.5 → 3.
 * - `trunc`: toward zero. −2.5 → −2, −2.4 → −2, 2.5 → 2.
 * - `halfCeil`: nearest, ties toward +∞. −2.5 → −2, 2.5 → 3.
 * - `halfFloor`: nearest, ties toward −∞. −2.5 → −3, 2.5 → 2.
 * - `halfExpand`: nearest, ties away from zero ("half-up" of NĐ 174/2016 Điều 4). −2.5 → −3, 2.5 → 3.
 *   The default for report percentages.
 * - `halfTrunc`: nearest, ties toward zero. −2.5 → −2, 2.5 → 2.
 * - `halfEven`: nearest, ties to the even neighbour (banker's rounding). −2.5 → −2, 3.5 → 4.
 *
 * @category Codes
 * @example
 * ```ts
 * import { ROUNDING_MODES } from '@khuyencong/domain';
 * [ROUNDING_MODES.length, ROUNDING_MODES.includes('halfExpand')]
 * //=> [9, true]
 * ```
 */
export const ROUNDING_MODES = [
  'ceil',
  'floor',
  'expand',
  'trunc',
  'halfCeil',
  'halfFloor',
  'halfExpand',
  'halfTrunc',
  'halfEven',
] as const;

/**
 * One of {@link ROUNDING_MODES}.
 *
 * @category Codes
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];
