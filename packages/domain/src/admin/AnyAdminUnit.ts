import type { ProvinceUnit } from './ProvinceUnit';
import type { SubProvincialUnit } from './SubProvincialUnit';

/**
 * Any unit the administrative lookups can return: a provincial unit or a sub-provincial one.
 *
 * @category Administrative units
 */
export type AnyAdminUnit = ProvinceUnit | SubProvincialUnit;
