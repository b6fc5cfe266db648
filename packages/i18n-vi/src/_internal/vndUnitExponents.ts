import type { VndUnit } from '../format/VndUnit';

/** The power of ten of each unit. */
export const VND_UNIT_EXPONENTS: Readonly<Record<VndUnit, number>> = {
  dong: 0,
  nghin: 3,
  trieu: 6,
  ty: 9,
  'nghin-ty': 12,
};
