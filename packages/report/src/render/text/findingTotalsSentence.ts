import { formatTerm, type Language } from '@khuyencong/i18n-vi';
import type { Report } from '../../model/Report';

/** @internal The sentence of a report's finding counts (`report.findingTotals`): all, and by severity. */
export function findingTotalsSentence(report: Report, lang: Language): string {
  const { total, bySeverity } = report.findings;
  return formatTerm(
    'report.findingTotals',
    { total, errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info },
    { lang },
  );
}
