/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601), with no time and no time zone. Dates in khuyến công
 * documents (approval, issue, effect) are calendar dates; keeping them as strings avoids time-zone drift.
 *
 * @category Dates
 */
export type IsoDate = `${number}-${number}-${number}`;
