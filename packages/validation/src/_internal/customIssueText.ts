import type { z } from 'zod';

/**
 * The words for one of this package's own zod issues (`custom` issues carrying `params.code` and, for
 * amounts, `params.reason`) from a table of each language; `undefined` for any other issue.
 *
 * @internal
 */
export function customIssueText(
  issue: z.core.$ZodRawIssue,
  amountTexts: Readonly<Record<string, string>> & { readonly type: string },
  customTexts: Readonly<Record<string, string>>,
): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const { code, reason } = (issue.params ?? {}) as { code?: unknown; reason?: unknown };
  if (code === 'INVALID_AMOUNT') {
    const key = String(reason);
    return Object.hasOwn(amountTexts, key) ? amountTexts[key] : amountTexts.type;
  }
  return typeof code === 'string' && Object.hasOwn(customTexts, code)
    ? customTexts[code]
    : undefined;
}
