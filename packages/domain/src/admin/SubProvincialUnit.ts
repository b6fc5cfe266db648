import type { AdminUnit } from './AdminUnit';

/**
 * A district- or commune-tier unit (huyện, quận, thị xã, xã, phường, thị trấn, đặc khu...).
 *
 * @category Administrative units
 */
export interface SubProvincialUnit extends AdminUnit {
  /** Id of the provincial unit it belonged to (a unit valid over the same period). */
  readonly provinceId: string;
  /** Id of its direct parent when that parent is itself encoded (e.g. the district of a commune). */
  readonly parentId?: string;
  /** Where the facts come from. */
  readonly source: string;
  /** What the ids do not say (e.g. components that are not encoded, a partial transfer). */
  readonly note?: string;
}
