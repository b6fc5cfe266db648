import type { BeneficiaryKind, EnterpriseSize } from '../codes/beneficiaryKinds';
import type { PriorityOwnerKind } from '../codes/priorityAreas';
import type { Location } from './Location';

/**
 * A beneficiary (đối tượng thụ hưởng) of a đề án.
 *
 * @category Models
 */
export interface Beneficiary {
  /** The registered name, e.g. "Hộ kinh doanh Thi Nga". */
  readonly name: string;
  /** What kind of establishment it is. */
  readonly kind: BeneficiaryKind;
  /** The size class, for enterprises. */
  readonly size?: EnterpriseSize;
  /** Priority owner groups it belongs to (from NĐ 235/2025). */
  readonly owners?: readonly PriorityOwnerKind[];
  /** Where it produces, when it differs from the project's location. */
  readonly location?: Location;
}
