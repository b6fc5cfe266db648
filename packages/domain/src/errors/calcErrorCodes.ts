/**
 * The error codes `@khuyencong/calc` throws. Owned by the calc package; listed in the domain so that
 * `@khuyencong/i18n-vi` can translate every code without depending on calc. Every `details` value is a
 * string; the keys below are the parameters a translated message may use. `parameter` always names the
 * offending argument or option as the caller wrote it (`amounts[2]`, `planned`, `options.rounding` is just
 * `rounding`), and `value` is a short description of what was passed (`"1.5"` with quotes for a string,
 * `1.5` for a number, `12n` for a bigint, or a type name such as `object`, `null`, `undefined`).
 *
 * - `INVALID_AMOUNT`: an amount that is not whole đồng (an integer string, a bigint or a safe-integer
 *   number), or a negative amount where only non-negative ones make sense. Details: `parameter`, `value`,
 *   `reason` (`format`, `too-long` (over 300 digits, as a string or a bigint, the sign not counted), `fraction`,
 *   `unsafe-number`, `not-finite`, `type` (a boxed `new String('1')` too), `negative`, `not-positive`).
 * - `INVALID_DECIMAL`: a decimal number (percent, factor, ratio, tolerance) that is not a plain decimal
 *   string, bigint or safe integer, or is out of its range. Details: `parameter`, `value`, `reason`
 *   (`format`, `too-long` (over 300 digits, string or bigint), `float`, `unsafe-number`, `not-finite`, `type`,
 *   `negative`, `out-of-range`).
 * - `INVALID_ROUNDING`: an unknown rounding mode. Details: `parameter` (`rounding`), `value`, `allowed`
 *   (the mode names, comma-separated).
 * - `INVALID_OPTION`: an option with a bad value (decimals out of 0-20, an unknown allocation method or
 *   group key, a missing `regionOf`, a key function that threw...). Details: `parameter`, `value`, `expected`
 *   (English description), and for a key function that threw `reason` `threw` (its error is the `cause`).
 * - `INVALID_ARGUMENT`: a required argument of the wrong shape (not an object, not an iterable, an unknown
 *   activity, a boxed string for a list, an unknown funding source, a registry not made by
 *   `createRuleSetRegistry`). Details: `parameter`, `value`, `expected` (English description), and sometimes
 *   `reason` (`boxed`, `unknown-key`).
 * - `DIVISION_BY_ZERO`: a percentage or ratio of a zero whole (a zero plan, a zero total). Details:
 *   `parameter` (the argument that is zero, e.g. `planned`).
 * - `INVALID_RATIOS`: allocation ratios that cannot split anything: none, a negative one, or all zero.
 *   Details: `parameter` (`ratios` or `ratios[i]`), `value`, `reason` (`empty`, `negative`, `all-zero`).
 * - `EMPTY_INPUT`: `min` / `max` of no amounts. Details: `parameter`.
 * - `NO_RULE`: the rule set has no rule for the activity (or the variant): the cap was not found in the
 *   legal sources, so no number is guessed. Details: `ruleSetId`, `activity`, `variant` (empty when none).
 * - `VARIANT_REQUIRED`: the activity has several rules (regional / national...) and no variant was given.
 *   Details: `ruleSetId`, `activity`, `variants` (comma-separated).
 * - `MODIFIER_NOT_AVAILABLE`: a modifier (technology line, priority premium) that the rule set does not
 *   provide for this activity. Details: `ruleSetId`, `activity`, `modifier`, `available` (comma-separated,
 *   empty when none).
 * - `NO_RULE_SET`: no rule set of the registry is in force for the fund, province and date. Details:
 *   `fund`, `province` (empty for national funds), `date`.
 * - `UNKNOWN_RULE_SET`: no rule set with that id in the registry. Details: `ruleSetId`.
 * - `INVALID_RULE_SET`: a rule set that cannot be used. Details: `ruleSetId`, `reason` (`shape`,
 *   `duplicate-id`, `missing-province`, `dates`, `overlapping-dates`, `negative-cap`, `rate-above-100`,
 *   `duplicate-rule`, `modifier`), `field` (the offending field, e.g. `rules[2].cap`), `value`, and for
 *   `overlapping-dates` `otherRuleSetId`.
 * - `INVALID_PERCENT`: a reported percent that cannot imply anything (zero or negative where a plan is
 *   derived from it, or no whole-đồng plan gives it). Details: `parameter`, `value`, `reason` (`zero`,
 *   `no-whole-plan`).
 *
 * @category Errors
 * @example
 * ```ts
 * import { CALC_ERROR_CODES } from '@khuyencong/domain';
 * [CALC_ERROR_CODES.includes('INVALID_AMOUNT'), CALC_ERROR_CODES.includes('NO_RULE')]
 * //=> [true, true]
 * ```
 */
export const CALC_ERROR_CODES = [
  'INVALID_AMOUNT',
  'INVALID_DECIMAL',
  'INVALID_ROUNDING',
  'INVALID_OPTION',
  'INVALID_ARGUMENT',
  'DIVISION_BY_ZERO',
  'INVALID_RATIOS',
  'EMPTY_INPUT',
  'NO_RULE',
  'VARIANT_REQUIRED',
  'MODIFIER_NOT_AVAILABLE',
  'NO_RULE_SET',
  'UNKNOWN_RULE_SET',
  'INVALID_RULE_SET',
  'INVALID_PERCENT',
] as const;

/**
 * One of {@link CALC_ERROR_CODES}.
 *
 * @category Errors
 */
export type CalcErrorCode = (typeof CALC_ERROR_CODES)[number];
