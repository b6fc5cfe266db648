import { en } from 'zod/locales';
import * as z from 'zod/mini';

/** zod's English messages. */
const english = /* @__PURE__ */ en().localeError;

/**
 * zod's English messages, except that a missing value or a NaN is named in words ("received no value",
 * "received not-a-number"), so that no message of a schema or finding reads "undefined" or "NaN" (issue 11:
 * those words in text are the sign of a bug, and a reader cannot tell them from one).
 */
const defaultLocaleError: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    const input: unknown = issue.input;
    if (input === undefined) return `Invalid input: expected ${issue.expected}, received no value`;
    if (typeof input === 'number' && Number.isNaN(input)) {
      return `Invalid input: expected ${issue.expected}, received not-a-number`;
    }
  }
  return english(issue);
};

/**
 * @internal Gives zod its English messages when no locale is configured yet, exactly as classic zod does when
 * its first schema is built (zod/mini leaves every message at "Invalid input"), with a missing value and a NaN
 * named in words. A locale the application configured stays in force.
 */
export function useDefaultLocale(): void {
  if (z.config().localeError === undefined) z.config({ localeError: defaultLocaleError });
}
