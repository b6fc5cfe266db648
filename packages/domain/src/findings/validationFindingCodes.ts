/**
 * The finding codes of `@khuyencong/validation`'s rules (eligibility, funding, certificates) (a finding is not an
 * error: it reports something about the data). Owned by the validation package; listed in the domain so that
 * `@khuyencong/i18n-vi` can translate every code. Each finding carries the code as its message key, and its
 * `details` (the message parameters) as listed. Amounts are whole-đồng strings, percents decimal strings,
 * dates `YYYY-MM-DD`; `null` where a value is unknown.
 *
 * Data:
 * - `INVALID_FIELD` (error): a field does not match its schema (the finding's `path` says which).
 *   Details: `issue` (the zod issue code, e.g. `invalid_type`), `message` (zod's English message).
 *
 * Eligibility (`checkEligibility`):
 * - `ELIGIBILITY_DATA_MISSING` (warning): the beneficiary's kind or the sector is not given, so the rules that
 *   need it were not run. Details: `field` (`beneficiary.kind` or `sector`).
 * - `LARGE_ENTERPRISE_NOT_ELIGIBLE` (error): a large enterprise outside cleaner / sustainable production and
 *   cluster infrastructure. Details: `kind` (or `null`), `size` (or `null`), `activity`.
 * - `BENEFICIARY_KIND_NOT_ELIGIBLE` (error): a kind not yet eligible on the date (artisans before
 *   15/10/2025). Details: `kind`, `asOf`, `eligibleFrom`.
 * - `PROVINCE_NOT_IN_FORCE` (error): no provincial unit with that id on the date. Details: `provinceId`, `asOf`.
 * - `LOCATION_UNIT_NOT_IN_FORCE` (error): the kind of unit did not exist on the date (thị trấn after
 *   30/06/2025, đặc khu before 01/07/2025). Details: `unitKind`, `asOf`.
 * - `LOCATION_NOT_ELIGIBLE` (error): the site is outside the eligible areas. Before 01/07/2025 details
 *   `unitKind`, `cityGrade`, `convertedFromCommuneOn` (or `null`); from 15/10/2025 details `unitKind`,
 *   `provinceId`, `provinceKind`.
 * - `LOCATION_DATA_MISSING` (warning): eligibility cannot be told from the data (a phường without its city
 *   grade, a district-level unit without its commune, a site whose unit kind is not given). Details: `field`,
 *   `unitKind` (or `null`).
 * - `LOCATION_RULE_AMBIGUOUS` (warning): approved 01/07-14/10/2025, when NĐ 45/2012 still named districts
 *   that no longer existed. Details: `asOf`, `gapFrom`, `gapTo`.
 * - `SECTOR_NOT_ELIGIBLE` (error): a sector added by NĐ 235/2025, before 15/10/2025. Details: `sector`,
 *   `eligibleFrom`, `asOf`.
 * - `MINING_OUTSIDE_DIFFICULT_AREA` (error): mining outside difficult areas. Details: `sector`.
 * - `CLAY_BRICK_KILN_EXCLUDED` (error): clay bricks from a Hoffmann or improved manual kiln. Details: `brickKiln`.
 * - `PRIORITY_AREA` (info): the site is in a priority area. Details: `area`.
 * - `PRIORITY_OWNER` (info): women-owned or ethnic-minority-owned, from 15/10/2025. Details: `owner`.
 * - `PRIORITY_TYPICAL_PRODUCT` (info): a still-valid typical-product certificate. Details: `level`,
 *   `productName`, `issuedOn`.
 *
 * Funding (`checkFunding`):
 * - `SUPPORT_EXCEEDS_LIMIT` (error): support above the rate and cap limit. Details: `support`, `limit`,
 *   `rateLimit`, `capLimit` (or `null`), `maxRatePercent`, `excess`, `ruleSetId`.
 * - `SUPPORT_LIMIT_UNKNOWN` (warning): no limit could be computed. Details: `reason` (calc's `NO_RULE`,
 *   `NO_RULE_SET` or `VARIANT_REQUIRED`), `ruleSetId` (or `null`), `activity`, `fund`.
 * - `ELIGIBLE_COST_EXCEEDS_TOTAL` (error): eligible cost above total cost. Details: `eligibleCost`, `totalCost`.
 * - `FUNDING_PARTS_MISMATCH` (error): the parts do not add up to the total. Details: `sum`, `totalCost`,
 *   `difference` (sum − total).
 * - `COUNTERPART_NEGATIVE` (error): support above the total cost. Details: `totalCost`, `support`, `counterpart`.
 * - `COUNTERPART_IMPLIED` (info): no counterpart declared; total − support. Details: `counterpart`.
 * - `STATE_SOURCES_COMBINED` (warning): national and local funds on one project. Details: `national`, `local`.
 * - `DOUBLE_FUNDING_DECLARATION_MISSING` (error when refused, warning when not recorded): no commitment that
 *   no other state source funds the same items. Details: `declared` (`false` or `null`).
 * - `ADVANCE_EXCEEDS_LIMIT` (error): advance above 70% of the support. Details: `advance`, `maxAdvance`,
 *   `support`, `excess`.
 * - `SETTLEMENT_DUE` (info): national funds are settled by 22/01 of the next year. Details: `dueOn`, `year`.
 *
 * Certificates (`certificateValidity`, `checkVotingEntry`):
 * - `CERTIFICATE_NOT_YET_VALID` (error): judged before the issue date. Details: `issuedOn`, `asOf`.
 * - `CERTIFICATE_EXPIRED` (error): judged after the last valid day. Details: `validUntil`, `asOf`.
 * - `CERTIFICATE_REVOKED` (error): revoked on or before the date. Details: `revokedOn`, `asOf`.
 * - `CERTIFICATE_EXPIRING_SOON` (info): valid, with few days left. Details: `validUntil`, `daysRemaining`.
 * - `LOWER_LEVEL_CERTIFICATE_MISSING` (error): entering a voting level without a still-valid certificate of
 *   the level below or an endorsement. Details: `level`.
 * - `LOWER_LEVEL_ENDORSEMENT_USED` (info): entering on the lower authority's endorsement. Details: `level`.
 *
 * @category Findings
 * @example
 * ```ts
 * import { VALIDATION_FINDING_CODES } from '@khuyencong/domain';
 * [VALIDATION_FINDING_CODES.includes('LOCATION_NOT_ELIGIBLE'), VALIDATION_FINDING_CODES.includes('CERTIFICATE_EXPIRED')]
 * //=> [true, true]
 * ```
 */
export const VALIDATION_FINDING_CODES = [
  'INVALID_FIELD',
  'ELIGIBILITY_DATA_MISSING',
  'LARGE_ENTERPRISE_NOT_ELIGIBLE',
  'BENEFICIARY_KIND_NOT_ELIGIBLE',
  'PROVINCE_NOT_IN_FORCE',
  'LOCATION_UNIT_NOT_IN_FORCE',
  'LOCATION_NOT_ELIGIBLE',
  'LOCATION_DATA_MISSING',
  'LOCATION_RULE_AMBIGUOUS',
  'SECTOR_NOT_ELIGIBLE',
  'MINING_OUTSIDE_DIFFICULT_AREA',
  'CLAY_BRICK_KILN_EXCLUDED',
  'PRIORITY_AREA',
  'PRIORITY_OWNER',
  'PRIORITY_TYPICAL_PRODUCT',
  'SUPPORT_EXCEEDS_LIMIT',
  'SUPPORT_LIMIT_UNKNOWN',
  'ELIGIBLE_COST_EXCEEDS_TOTAL',
  'FUNDING_PARTS_MISMATCH',
  'COUNTERPART_NEGATIVE',
  'COUNTERPART_IMPLIED',
  'STATE_SOURCES_COMBINED',
  'DOUBLE_FUNDING_DECLARATION_MISSING',
  'ADVANCE_EXCEEDS_LIMIT',
  'SETTLEMENT_DUE',
  'CERTIFICATE_NOT_YET_VALID',
  'CERTIFICATE_EXPIRED',
  'CERTIFICATE_REVOKED',
  'CERTIFICATE_EXPIRING_SOON',
  'LOWER_LEVEL_CERTIFICATE_MISSING',
  'LOWER_LEVEL_ENDORSEMENT_USED',
] as const;

/**
 * One of {@link VALIDATION_FINDING_CODES}.
 *
 * @category Findings
 */
export type ValidationFindingCode = (typeof VALIDATION_FINDING_CODES)[number];
