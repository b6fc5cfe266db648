import { describeValue, detailValue, ownValue } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { requireRecord } from '../_internal/requireRecord';
import type { IsoDate } from '../dates/IsoDate';
import { isIsoDate } from '../dates/isIsoDate';
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
 * Only own properties are read (nothing on `Object.prototype`).
 *
 * @throws {@link KhuyenCongError} `INVALID_DATE` when the fact chosen is not a calendar date (or the year is
 *   not a whole number from 1000 to 9999); `INVALID_ARGUMENT` when `project`, or its `approval` or `location`,
 *   is not an object.
 * @category Projects
 * @example
 * ```ts
 * import { judgementDate } from '@khuyencong/domain';
 * const project = { year: 2024, location: { provinceId: 'phu-yen', asOf: '2024-01-01' } } as const;
 * [judgementDate(project), judgementDate({ ...project, approval: { date: '2024-03-15' } })]
 * //=> [{ date: '2024-01-01', basis: 'location' }, { date: '2024-03-15', basis: 'approval' }]
 * judgementDate({ year: 2023, location: { provinceId: 'phu-yen' } })
 * //=> { date: '2023-01-01', basis: 'plan-year' }
 * [() => judgementDate(null as never), () => judgementDate({ year: 2024, approval: '2024-03-15' } as never)].map((call) => { try { return call().date; } catch (error) { return (error as { code: string }).code; } })
 * //=> ['INVALID_ARGUMENT', 'INVALID_ARGUMENT']
 * ```
 */
export function judgementDate(
  project: Pick<Project, 'approval' | 'location' | 'year'>,
): JudgementDate {
  const facts = requireRecord(project, 'project', FN) as Partial<Project>;
  const approval = nestedDate(facts, 'approval', 'date');
  if (approval !== undefined)
    return { date: checked(approval, 'approval.date'), basis: 'approval' };
  const located = nestedDate(facts, 'location', 'asOf');
  if (located !== undefined) return { date: checked(located, 'location.asOf'), basis: 'location' };
  const year: unknown = ownValue(facts, 'year');
  if (typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999) {
    return { date: `${year}-01-01` as IsoDate, basis: 'plan-year' };
  }
  return fail(
    'INVALID_DATE',
    `${FN}: the plan year ${describeValue(year)} is not a year from 1000 to 9999.`,
    { value: describeValue(year), parameter: 'year' },
  );
}

const FN = 'judgementDate';

/** The own `key` of the own object `outer` of `project`; `outer` present but not an object is an error. */
function nestedDate(
  project: Partial<Project>,
  outer: 'approval' | 'location',
  key: 'date' | 'asOf',
): unknown {
  const holder: unknown = ownValue(project, outer);
  if (holder === undefined) return undefined;
  const record = requireRecord(holder, outer, FN) as Readonly<Record<string, unknown>>;
  return ownValue(record, key);
}

function checked(value: unknown, parameter: string): IsoDate {
  if (isIsoDate(value)) return value;
  return fail('INVALID_DATE', `${FN}: ${parameter} is not a YYYY-MM-DD calendar date.`, {
    value: typeof value === 'string' ? detailValue(value) : describeValue(value),
    parameter,
  });
}
