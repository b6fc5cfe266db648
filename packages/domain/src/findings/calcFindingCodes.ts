/**
 * The finding codes of `@khuyencong/calc`'s consistency checks of reported figures (a finding is not an
 * error: it reports something about the data). Owned by the calc package; listed in the domain so that
 * `@khuyencong/i18n-vi` can translate every code. A finding is `{ code, severity, details }`; every
 * `details` value is a string (amounts in whole đồng, percents in percentage points, both as canonical
 * decimal strings) and `field` always names the figure checked (e.g. `achievedBySource`,
 * `consulting.reportedAttainment`).
 *
 * - `PARTS_DO_NOT_SUM_TO_TOTAL` (error): the parts cannot add up to the stated total, even with their
 *   approximate words and with the total read as rounded. Details: `field`, `total`, `partsSum` (of the
 *   printed figures), `partsMin`, `partsMax` (what the words allow), `difference` (`partsSum − total`).
 * - `PARTS_CONSISTENT_ONLY_IF_TOTAL_ROUNDED` (warning): the parts fit the total only if the total is itself
 *   rounded to its last printed digit ("hơn 9 tỷ" + 24,8 tỷ against 33,8 tỷ). Details: `field`, `total`,
 *   `partsSum`, `partsMin`, `partsMax`, `difference`, `totalMin`, `totalMax` (the values that round to the
 *   total).
 * - `COUNTS_DO_NOT_SUM_TO_TOTAL` (error): counts of đề án (or units) per part do not add up to the stated
 *   count. Details: `field`, `total`, `partsSum`, `difference`.
 * - `SHARES_DO_NOT_SUM_TO_100` (error): percentage shares of one whole are further from 100 than their
 *   rounding allows. Details: `field`, `sharesSum`, `difference` (`sharesSum − 100`), `tolerance`.
 * - `SHARES_SUM_OFF_BY_ROUNDING` (info): shares do not sum to exactly 100, but within their rounding
 *   (44,9% + 55% = 99,9%). Same details as `SHARES_DO_NOT_SUM_TO_100`.
 * - `REPORTED_PERCENT_INCONSISTENT` (error): a printed attainment percent that no amount allowed by the
 *   figures' words can produce. Details: `field`, `achieved`, `planned`, `reportedPercent`,
 *   `computedPercent` (at the printed decimals), `impliedAchievedMin`, `impliedAchievedMax`.
 * - `PLAN_IMPLIED` (info): the report prints an attainment percent but the plan is not given; the details
 *   give the plans the percent allows. Details: `field`, `achieved`, `reportedPercent`, `planMin`,
 *   `planMax`, `planEstimate`.
 *
 * @category Findings
 * @example
 * ```ts
 * import { CALC_FINDING_CODES } from '@khuyencong/domain';
 * CALC_FINDING_CODES.includes('PARTS_DO_NOT_SUM_TO_TOTAL')
 * //=> true
 * ```
 */
export const CALC_FINDING_CODES = [
  'PARTS_DO_NOT_SUM_TO_TOTAL',
  'PARTS_CONSISTENT_ONLY_IF_TOTAL_ROUNDED',
  'COUNTS_DO_NOT_SUM_TO_TOTAL',
  'SHARES_DO_NOT_SUM_TO_100',
  'SHARES_SUM_OFF_BY_ROUNDING',
  'REPORTED_PERCENT_INCONSISTENT',
  'PLAN_IMPLIED',
] as const;

/**
 * One of {@link CALC_FINDING_CODES}.
 *
 * @category Findings
 */
export type CalcFindingCode = (typeof CALC_FINDING_CODES)[number];
