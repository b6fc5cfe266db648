import { formatTerm, termOf } from '@khuyencong/i18n-vi';
import { terminalText } from '@khuyencong/internal';
import { checkReportResult } from '../_internal/checkReportResult';
import type { ReportResult } from '../build/createReportBuilder';
import { assertTotalsAllowed } from './assertTotalsAllowed';
import { groupFindings } from './findings/groupFindings';
import type { RenderOptions } from './RenderOptions';
import { resolveOptions } from './ResolvedOptions';
import { reportTables } from './reportTables';
import { findingTotalsSentence } from './text/findingTotalsSentence';
import { rowsSentence } from './text/rowsSentence';
import { skippedSentence } from './text/skippedSentence';
import { sourcesText } from './text/sourcesText';
import { textFindings } from './text/textFindings';
import { textTable } from './text/textTable';
import { textFigures } from './textFigures';

/**
 * A report as text for a terminal: its title, the notice of skipped rows (with `skipInvalid`), date and
 * inputs, the rows read, counted and rejected, the finding counts, then every table (plan against
 * achievement, funding split, projects by region, province and activity, consulting) and the findings by
 * code, most severe first, the first `perCode` of each with where they are, and how many more there are.
 * Terminal controls in data (escape sequences, C0 but line feed and tab, DEL, C1, bidirectional overrides)
 * are removed.
 * It reads only the first finding of each code and the first `perCode`: for a large input, build with
 * `keepFindings: { perCode: Math.max(1, perCode) }` (memory then does not grow with the findings) for the same
 * text.
 *
 * @param result - what `createReportBuilder(...).build()` gives.
 * @param options - `lang`, `skipInvalid`, `documents`, `moreFindings`, `perCode`.
 * @returns the text, ending with a line break.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `ROWS_REJECTED` when rows were rejected and `skipInvalid` is not
 *   set; `UNSUPPORTED_LANGUAGE`, `INVALID_OPTION` for bad options.
 *   `INVALID_ARGUMENT` (details `parameter`, e.g. `result.report.rows`) for a result that is not what `build()` gives.
 * @category Render
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { createReportBuilder, renderReportText } from '@khuyencong/report';
 * const builder = createReportBuilder({ asOf: '2024-10-01' });
 * for (const plan of SEED_DATASET.plans.slice(0, 1)) builder.add({ kind: 'lines', plan, origin: { source: 'seed', path: 'plans[0]' } });
 * for (const report of SEED_DATASET.reports.slice(0, 1)) builder.add({ kind: 'lines', report, origin: { source: 'seed', path: 'reports[0]' } });
 * const text = renderReportText(builder.build());
 * text.split('\n').find((line) => line.startsWith('miền Trung'))
 * //=> 'miền Trung - Tây Nguyên  năm 2023  tổng   78,6 tỷ đồng  73,5 tỷ đồng     93,51%          93,5%'
 * renderReportText(builder.build(), { lang: 'en' }).split('\n').slice(0, 3)
 * //=> ['INDUSTRIAL PROMOTION REPORT', 'Date: 1 October 2024 · Data: seed', 'Read 2 rows: 2 counted, 0 rejected, 0 totals rows.']
 * ```
 */
export function renderReportText(result: ReportResult, options?: RenderOptions): string {
  checkReportResult(result, 'renderReportText');
  const resolved = resolveOptions(options, 'renderReportText');
  const { report } = result;
  assertTotalsAllowed(report, resolved.skipInvalid);
  const { lang } = resolved;
  const skipped = skippedSentence(report, resolved.skipInvalid, lang);
  const sources = sourcesText(report);
  const head = [
    termOf('report.title', { lang }).toUpperCase(),
    ...(skipped === undefined ? [] : [skipped]),
    [
      formatTerm('report.asOf', { date: report.asOf }, { lang }),
      ...(sources === '' ? [] : [formatTerm('report.sources', { sources }, { lang })]),
    ].join(' · '),
    rowsSentence(report, lang),
    findingTotalsSentence(report, lang),
    '',
  ];
  const tables = reportTables(report, textFigures(lang, report.asOf), lang);
  const sections = [
    ...tables.map((table) => ({ title: table.title, body: textTable(table) })),
    {
      title: termOf('report.findingsByCode.title', { lang }),
      body: textFindings(groupFindings(result), resolved),
    },
  ].map((section, index) => `${index + 1}. ${section.title}\n\n${section.body}`);
  return terminalText([...head, ...sections].join('\n'));
}
