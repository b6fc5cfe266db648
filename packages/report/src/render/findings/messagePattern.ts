import { formatMessage, type Language } from '@khuyencong/i18n-vi';
import { hasMessage } from './hasMessage';

/**
 * @internal The message of a code with its values left out ("…"): what every finding of the code says, for
 * the heading of a group of findings. A code with no message is shown as it is.
 */
export function messagePattern(code: string, lang: Language): string {
  return hasMessage(code) ? formatMessage(code, {}, { lang }) : code;
}
