/**
 * The error codes `@khuyencong/validation` throws (as opposed to the findings its rules report). Owned by
 * the validation package; listed in the domain so that `@khuyencong/i18n-vi` can translate every code
 * without depending on validation. Every `details` value is a string; the keys below are the parameters a
 * translated message may use. `value` is a short description of what was passed (`"2024-13-01"` with quotes
 * for a string, `1.5` for a number, `12n` for a bigint, or a type name such as `object`, `null`, `undefined`).
 *
 * - `INVALID_OPTION`: an option of a check with a bad value or missing: `asOf` that is not a `Date` or a
 *   `YYYY-MM-DD` calendar date (or absent where there is no approval date to fall back on), an unknown
 *   certificate level or reading, options that are not an object. Details: `parameter` (e.g. `asOf`),
 *   `value`, `expected` (English description).
 * - `INVALID_INPUT`: data a function cannot work on at all because it does not match its schema (a
 *   certificate given to `certificateValidity` without an issue date, say). The checks that return
 *   findings report bad data as `INVALID_FIELD` findings instead. Details: `parameter`, `path` (the first
 *   offending path, dot-separated, empty for the root), `issue` (the zod issue code), `issues` (how many
 *   issues, as a decimal string).
 * - `INVALID_RULE`: a rule definition `defineRule` or `runRules` cannot use. Details: `rule` (its id, or
 *   `value` when it has none), `field` (`code`, `id`, `severity`, `legalReference`, `effectiveFrom`,
 *   `effectiveTo`, `check`, `rules`), `reason` (`format`, `unknown`, `missing`, `dates`, `duplicate-id`,
 *   `type`).
 * - `RULE_FAILED`: a rule's `check` threw (a user rule with a bug): the original error is the `cause`.
 *   Details: `rule` (the rule id), `code` (the rule's finding code).
 *
 * @category Errors
 * @example
 * ```ts
 * import { VALIDATION_ERROR_CODES } from '@khuyencong/domain';
 * [VALIDATION_ERROR_CODES.includes('INVALID_OPTION'), VALIDATION_ERROR_CODES.includes('RULE_FAILED')]
 * //=> [true, true]
 * ```
 */
export const VALIDATION_ERROR_CODES = [
  'INVALID_OPTION',
  'INVALID_INPUT',
  'INVALID_RULE',
  'RULE_FAILED',
] as const;

/**
 * One of {@link VALIDATION_ERROR_CODES}.
 *
 * @category Errors
 */
export type ValidationErrorCode = (typeof VALIDATION_ERROR_CODES)[number];
