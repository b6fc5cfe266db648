import type { PriorityAreaKind } from '@khuyencong/domain';
import type { CityGrade } from '@khuyencong/validation';

/**
 * What a projects row says about the production site beyond the domain's `Location` (which carries the
 * commune-level unit's kind and the craft village): the facts eligibility needs that a province's sheet may
 * hold in columns of its own.
 *
 * @category Model
 */
export interface SiteDetails {
  /** "Loại đô thị": for a phường before 01/07/2025, the grade of the city it belongs to. */
  readonly cityGrade?: CityGrade;
  /** "Địa bàn ưu tiên": the priority areas the site is in. */
  readonly priorityAreas?: readonly PriorityAreaKind[];
}
