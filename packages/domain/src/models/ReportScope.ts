/**
 * What a plan or report covers: the whole country, a programme region, a province, or one implementing unit.
 *
 * @category Models
 */
export interface ReportScope {
  /** The level of the scope. */
  readonly kind: 'national' | 'region' | 'province' | 'unit';
  /** The region id, province id or unit name; absent for `national`. */
  readonly id?: string;
}
