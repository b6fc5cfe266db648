import { formatTerm, type Language } from '@khuyencong/i18n-vi';
import type { Report } from '../../model/Report';

/**
 * @internal The notice that rejected rows were left out of the totals (`report.skippedInvalid`), when some
 * were and the caller chose to skip them; `undefined` otherwise.
 */
export function skippedSentence(
  report: Report,
  skipInvalid: boolean,
  lang: Language,
): string | undefined {
  if (!skipInvalid || report.rows.rejected === 0) return undefined;
  return formatTerm('report.skippedInvalid', { rejected: report.rows.rejected }, { lang });
}
