import type { z } from 'zod';
import { customIssueText } from '../_internal/customIssueText';

const AMOUNT_EN: Readonly<Record<string, string>> & { readonly type: string } = {
  type: 'An amount must be whole đồng (a string of digits, a bigint or a safe integer)',
  format:
    'An amount must be plain digits: no separators, no plus sign, no leading zeros (for example 1500000)',
  exponent: 'An amount must not use exponent notation (like 1e6)',
  fraction: 'An amount must be whole đồng, with no fraction of a đồng',
  'too-long': 'An amount must have at most 300 digits',
  'unsafe-number': 'An amount above 9,007,199,254,740,991 must be written as a string of digits',
  'not-finite': 'An amount must be a finite number',
  negative: 'An amount must not be negative',
};

const CUSTOM_EN: Readonly<Record<string, string>> = {
  INVALID_CALENDAR_DATE: 'Not a real calendar date (years 1000 to 9999)',
  INVALID_SCOPE_ID: 'A national scope has no id; a region, province or unit needs one',
  INVALID_PERIOD_INDEX:
    'Invalid period index (quarter 1-4, half 1-2, month 1-12; other kinds have none)',
  INVALID_PERIOD_END:
    'A multi-year period needs an end year after its start; other kinds have none',
  CERTIFICATE_LEVEL:
    'A typical rural industrial product certificate needs a level; an OCOP certificate has none',
  CERTIFICATE_STARS:
    'An OCOP certificate needs its stars; a typical rural industrial product certificate has none',
  REVOKED_BEFORE_ISSUE: 'The revocation date must not be before the issue date',
};

/**
 * An English zod error map for this package's own issues (amounts, calendar dates, certificates, periods),
 * which carry codes rather than fixed messages so that each language can word them; zod's built-in issues
 * fall through to zod's own English (a missing value and a NaN named in words: "received no value",
 * "received not-a-number", never "undefined" or "NaN"). The English counterpart of {@link viErrorMap}, per call or global.
 *
 * @returns the error map.
 * @category Error messages
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { enErrorMap, projectSchema } from '@khuyencong/validation';
 * projectSchema.safeParse({ ...SEED_DATASET.projects[1], totalCost: 899000000.5 }, { error: enErrorMap() }).error?.issues[0]?.message
 * //=> 'An amount must be whole đồng, with no fraction of a đồng'
 * ```
 */
export function enErrorMap(): z.core.$ZodErrorMap {
  return (issue) => customIssueText(issue, AMOUNT_EN, CUSTOM_EN);
}
