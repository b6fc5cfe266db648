import type { ToIsoDateOptions } from '@khuyencong/domain';
import { checkParsed } from '../_internal/checkParsed';
import { optionsObject } from '../_internal/resolveAsOf';
import type { Rule, ValidationResult } from '../rules/Rule';
import type { EligibilityApplication } from './EligibilityApplication';
import { eligibilityApplicationSchema } from './eligibilityApplicationSchema';
import { ELIGIBILITY_RULES } from './eligibilityRules';

/**
 * Options of {@link checkEligibility}.
 *
 * @category Eligibility
 */
export interface CheckEligibilityOptions extends ToIsoDateOptions {
  /** The date to judge on: a `Date` (its calendar date in `timeZone`, Vietnam's by default) or `YYYY-MM-DD`; the application's `approvalDate` by default. */
  readonly asOf?: Date | string;
  /** The rules to run; {@link ELIGIBILITY_RULES} by default. */
  readonly rules?: readonly Rule<EligibilityApplication>[];
  /**
   * `true` when the caller guarantees that the application already matches
   * {@link eligibilityApplicationSchema} (it built it from parsed, typed data): the schema parse is skipped.
   * The rules are the same; an application that does not in fact match gives unspecified findings or throws.
   * `false` by default.
   */
  readonly prevalidated?: boolean;
}

/**
 * Checks whether an application is eligible for khuyến công support under the rules in force on the
 * approval date: beneficiary kind and size, location (before 01/07/2025 by NĐ 45/2012 as first written, from
 * 15/10/2025 by NĐ 235/2025, the gap reported as ambiguous), sector whitelist, and priorities (as `info`).
 * Malformed data is not thrown: it comes back as `INVALID_FIELD` findings.
 *
 * @param application - the {@link EligibilityApplication}, checked against {@link eligibilityApplicationSchema}
 *   (unless `prevalidated`).
 * @param options - {@link CheckEligibilityOptions}.
 * @returns `{ ok, findings }`: `ok` when no finding is an error.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_OPTION` for a bad `asOf` or `prevalidated`, or no
 *   `asOf` with no `approvalDate`;
 *   `INVALID_RULE` / `RULE_FAILED` from custom rules.
 * @category Eligibility
 * @example
 * ```ts
 * import { checkEligibility } from '@khuyencong/validation';
 * const ward = { beneficiary: { kind: 'household-business' }, activity: 'machinery', sector: 'cottage-industry', location: { provinceId: 'hue', unitKind: 'ward' } } as const;
 * [checkEligibility(ward, { asOf: '2025-10-14' }).findings[0]?.code, checkEligibility(ward, { asOf: '2025-10-15' }).findings[0]?.code]
 * //=> ['LOCATION_RULE_AMBIGUOUS', 'LOCATION_NOT_ELIGIBLE']
 * ```
 * @example What the data do not say is reported, not guessed: here the unit kind of a site in a centrally-run
 * city (a phường there is not eligible from 15/10/2025, a xã is) and the sector; the application is typed, so
 * `prevalidated` skips the schema parse:
 * ```ts
 * import { checkEligibility } from '@khuyencong/validation';
 * const application = { beneficiary: { kind: 'household-business' }, activity: 'machinery', location: { provinceId: 'hue' } } as const;
 * checkEligibility(application, { asOf: '2025-10-15', prevalidated: true }).findings.map((finding) => [finding.code, finding.details['field']])
 * //=> [['ELIGIBILITY_DATA_MISSING', 'sector'], ['LOCATION_DATA_MISSING', 'unitKind']]
 * ```
 */
export function checkEligibility(
  application: unknown,
  options: CheckEligibilityOptions = {},
): ValidationResult {
  const bag = optionsObject(options);
  return checkParsed(application, {
    schema: eligibilityApplicationSchema,
    asOf: bag.asOf,
    timeZone: bag.timeZone,
    fallback: (data) => data.approvalDate,
    missing: 'the application has no approvalDate',
    rules: bag.rules,
    defaultRules: ELIGIBILITY_RULES,
    prevalidated: bag.prevalidated,
    facts: (data) => data,
  });
}
