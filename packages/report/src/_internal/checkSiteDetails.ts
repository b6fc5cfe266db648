import { PRIORITY_AREA_KINDS } from '@khuyencong/domain';
import type { SiteDetails } from '../model/SiteDetails';
import { checkShape, everyIndex, type FieldShape, oneOf, optional } from './checkShape';

const PRIORITY_AREAS: FieldShape = Object.freeze({
  test: (value: unknown) =>
    Array.isArray(value) &&
    everyIndex(value, (area) => (PRIORITY_AREA_KINDS as readonly unknown[]).includes(area)),
  expected: `an array of ${PRIORITY_AREA_KINDS.join(', ')}`,
});

const SITE: Readonly<Record<string, FieldShape>> = Object.freeze({
  cityGrade: optional(oneOf(['special', '1', '2', '3'])),
  priorityAreas: optional(PRIORITY_AREAS),
});

/**
 * @internal Checks the site details of a row handed to a public function: `undefined`, or a plain object with
 * a known `cityGrade` and `priorityAreas`; `INVALID_ARGUMENT` otherwise.
 */
export function checkSiteDetails(
  details: unknown,
  fn: string,
  parameter: string,
): SiteDetails | undefined {
  if (details !== undefined) checkShape(details, SITE, fn, parameter);
  return details as SiteDetails | undefined;
}
