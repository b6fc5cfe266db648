/**
 * A rounding mode, by the names of `Intl.NumberFormat`'s `roundingMode`: the same union as
 * `@khuyencong/domain`'s `RoundingMode` (calc's tests check that the two stay equal). Spelled out here
 * because this package sits below domain.
 */
export type RoundingMode =
  | 'ceil'
  | 'floor'
  | 'expand'
  | 'trunc'
  | 'halfCeil'
  | 'halfFloor'
  | 'halfExpand'
  | 'halfTrunc'
  | 'halfEven';
