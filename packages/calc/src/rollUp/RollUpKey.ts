/**
 * The built-in group keys: `province` (`location.provinceId`), `region` (through `regionOf`), `fund`,
 * `activity`, `year` (the period).
 *
 * @category Roll-ups
 */
export type RollUpKey = 'province' | 'region' | 'fund' | 'activity' | 'year';
