import { formatTerm, type Language } from '@khuyencong/i18n-vi';
import type { Report } from '../../model/Report';

/** @internal The sentence of a report's row counts (`report.rows`): read, counted, rejected, totals rows. */
export function rowsSentence(report: Report, lang: Language): string {
  return formatTerm('report.rows', { ...report.rows }, { lang });
}
