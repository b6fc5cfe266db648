/**
 * The codes of the issues a schema of `@khuyencong/validation` reports: zod's own issue codes (lower case, as zod
 * names them) and the custom codes the package's refinements raise (SCREAMING_SNAKE, carried in the issue's
 * `params.code`). `@khuyencong/i18n-vi` has a Vietnamese and an English label for each, so that a field that
 * does not match its schema is explained in words (the `INVALID_FIELD` finding carries the code as `issue`).
 *
 * - zod: `invalid_type`, `too_big`, `too_small`, `invalid_format`, `not_multiple_of`, `unrecognized_keys`,
 *   `invalid_union`, `invalid_key`, `invalid_element`, `invalid_value`, `custom`.
 * - ours: `INVALID_AMOUNT` (with a reason of {@link AMOUNT_ISSUE_REASONS}), `INVALID_CALENDAR_DATE`,
 *   `INVALID_SCOPE_ID`, `INVALID_PERIOD_INDEX`, `INVALID_PERIOD_END`, `CERTIFICATE_LEVEL`, `CERTIFICATE_STARS`,
 *   `REVOKED_BEFORE_ISSUE`.
 *
 * @category Codes
 * @example
 * ```ts
 * import { SCHEMA_ISSUE_CODES } from '@khuyencong/domain';
 * [SCHEMA_ISSUE_CODES.includes('invalid_type'), SCHEMA_ISSUE_CODES.includes('INVALID_CALENDAR_DATE')]
 * //=> [true, true]
 * ```
 */
export const SCHEMA_ISSUE_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
  'INVALID_AMOUNT',
  'INVALID_CALENDAR_DATE',
  'INVALID_SCOPE_ID',
  'INVALID_PERIOD_INDEX',
  'INVALID_PERIOD_END',
  'CERTIFICATE_LEVEL',
  'CERTIFICATE_STARS',
  'REVOKED_BEFORE_ISSUE',
] as const;

/**
 * One of {@link SCHEMA_ISSUE_CODES}.
 *
 * @category Codes
 */
export type SchemaIssueCode = (typeof SCHEMA_ISSUE_CODES)[number];

/**
 * Why a value is not an amount of whole đồng (the `reason` of an `INVALID_AMOUNT` schema issue): `type` (not a
 * string, bigint or number), `format` (a string that is not a plain integer: grouping `1.000.000`, spaces, `+`,
 * leading zeros, `-0`), `exponent` (`'1e6'`), `fraction` (`'1.5'`, `1.5`), `unsafe-number` (a number beyond
 * ±2^53 − 1, which has lost its exact value), `not-finite` (`NaN`, `Infinity`), `negative` (below zero where a
 * cost is meant).
 *
 * @category Codes
 * @example
 * ```ts
 * import { AMOUNT_ISSUE_REASONS } from '@khuyencong/domain';
 * AMOUNT_ISSUE_REASONS.includes('fraction')
 * //=> true
 * ```
 */
export const AMOUNT_ISSUE_REASONS = [
  'type',
  'format',
  'exponent',
  'fraction',
  'unsafe-number',
  'not-finite',
  'negative',
] as const;

/**
 * One of {@link AMOUNT_ISSUE_REASONS}.
 *
 * @category Codes
 */
export type AmountIssueReason = (typeof AMOUNT_ISSUE_REASONS)[number];
