import type { Finding } from '@khuyencong/domain';
import { formatMessage, type Language } from '@khuyencong/i18n-vi';
import { hasMessage } from './hasMessage';

/**
 * @internal A finding as a sentence in a language: the message of its code filled with its details; a code
 * with no message (a check of your own) is shown as its code with its details (`MY_CHECK (field: x)`).
 */
export function findingMessage(finding: Finding, lang: Language): string {
  if (hasMessage(finding.code)) return formatMessage(finding.code, finding.details, { lang });
  const details = Object.entries(finding.details)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join('; ');
  return details === '' ? finding.code : `${finding.code} (${details})`;
}
