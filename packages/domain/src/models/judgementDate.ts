import type { IsoDate } from '../dates/IsoDate';
import { isIsoDate } from '../dates/isIsoDate';
import { KhuyenCongError } from '../errors/KhuyenCongError';
import type { Project } from './Project';

/**
 * Which fact of a đề án gave its {@link judgementDate}: its approval date (`approval`), the date its location
 * is given for (`location`), or 1 January of its plan year (`plan-year`).
 *
 * @category Projects
 */
export type JudgementBasis = 'approval' | 'location' | 'plan-year';

/**
 * The date that decides which rules apply to a đề án, and where it comes from.
 *
 * @category Projects
 */
export interface JudgementDate {
  /** The date. */
  readonly date: IsoDate;
  /** What gave it. */
  readonly basis: JudgementBasis;
}

/**
 * The one rule for the date on which a đề án is judged (which circular's caps, which eligibility rules and
 * which provinces apply): its approval date (ngày phê duyệt), which is when the support is decided; without
 * one, the date its location is given for; without that, 1 January of its plan year, the earliest day the
 * year's plan can apply on. Never the date a report is made: a 2023 đề án is not judged by 2026 rules.
 *
 * Every package uses this rule: validation's `checkFunding` and the report's checks judge on it, the report
 * groups provinces and regions by it.
 *
 * @param project - the đề án (its `approval`, `location.asOf` and `year` are read).
 * @returns the date and its basis.
 * @throws {@link KhuyenCongError} `INVALID_DATE` when the fact chosen is not a calendar date (or the year is
 *   not a whole number from 1000 to 9999).
 * @category Projects
 * @example
 * ```ts
 * import { judgementDate } from '@khuyencong/domain';
 * const project = { year: 2024, location: { provinceId: 'phu-yen', asOf: '2024-01-01' } } as const;
 * [judgementDate(project), judgementDate({ ...project, approval: { date: '2024-03-15' } })]
 * //=> [{ date: '2024-01-01', basis: 'location' }, { date: '2024-03-15', basis: 'approval' }]
 * judgementDate({ year: 2023, location: { provinceId: 'phu-yen' } })
 * //=> { date: '2023-01-01', basis: 'plan-year' }
 * ```
 */
export function judgementDate(
  project: Pick<Project, 'approval' | 'location' | 'year'>,
): JudgementDate {
  const approval = project.approval?.date;
  if (approval !== undefined)
    return { date: checked(approval, 'approval.date'), basis: 'approval' };
  const located = project.location?.asOf;
  if (located !== undefined) return { date: checked(located, 'location.asOf'), basis: 'location' };
  const year = project.year;
  if (Number.isInteger(year) && year >= 1000 && year <= 9999) {
    return { date: `${year}-01-01` as IsoDate, basis: 'plan-year' };
  }
  throw new KhuyenCongError(
    'INVALID_DATE',
    `[@khuyencong/domain] judgementDate: the plan year ${String(year)} is not a year from 1000 to 9999.`,
    { details: { value: String(year), parameter: 'year' } },
  );
}

function checked(value: unknown, parameter: string): IsoDate {
  if (isIsoDate(value)) return value;
  throw new KhuyenCongError(
    'INVALID_DATE',
    `[@khuyencong/domain] judgementDate: ${parameter} is not a YYYY-MM-DD calendar date.`,
    { details: { value: typeof value === 'string' ? value : typeof value, parameter } },
  );
}
