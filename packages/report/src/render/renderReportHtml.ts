import { formatDate, formatTerm, termOf } from '@khuyencong/i18n-vi';
import { checkReportResult } from '../_internal/checkReportResult';
import type { ReportResult } from '../build/createReportBuilder';
import { assertTotalsAllowed } from './assertTotalsAllowed';
import { groupFindings } from './findings/groupFindings';
import { escapeHtml } from './html/escapeHtml';
import { htmlFindings } from './html/htmlFindings';
import { htmlTable } from './html/htmlTable';
import { REPORT_CSS } from './html/REPORT_CSS';
import type { RenderOptions } from './RenderOptions';
import { resolveOptions } from './ResolvedOptions';
import { reportTables } from './reportTables';
import { attainmentChart } from './svg/attainmentChart';
import { fundingChart } from './svg/fundingChart';
import { findingTotalsSentence } from './text/findingTotalsSentence';
import { rowsSentence } from './text/rowsSentence';
import { skippedSentence } from './text/skippedSentence';
import { sourcesText } from './text/sourcesText';
import { textFigures } from './textFigures';

function card(key: string, value: string, alert: boolean): string {
  return `<div class="card${alert ? ' alert' : ''}"><div class="k">${escapeHtml(key)}</div><div class="v">${escapeHtml(value)}</div></div>`;
}

function figure(svg: string, caption: string): string {
  return svg === '' ? '' : `<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

/**
 * A report as one self-contained HTML page for the screen, a phone and A4 print: inline CSS and SVG charts,
 * no script, nothing fetched (no font, image or style sheet from anywhere), every piece of data escaped; the
 * first element of its head is a Content-Security-Policy (`default-src 'none'; style-src 'unsafe-inline';
 * img-src data:`) so that a browser runs no script and fetches nothing even if something slipped through. A
 * letterhead, the notice of skipped rows (with `skipInvalid`), key figures, the rows read, counted and
 * rejected, charts of plan against achievement and of the funding split, every table, and EVERY finding kept,
 * grouped by code (a heading per code with its count and message, then one row per finding).
 *
 * @param result - what `createReportBuilder(...).build()` gives.
 * @param options - `lang`, `skipInvalid`, `documents`, `moreFindings` (for findings counted but not kept).
 * @returns the page, from `<!doctype html>`.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `ROWS_REJECTED` when rows were rejected and `skipInvalid` is not
 *   set; `UNSUPPORTED_LANGUAGE`, `INVALID_OPTION` for bad options.
 *   `INVALID_ARGUMENT` (details `parameter`, e.g. `result.report.rows`) for a result that is not what `build()` gives.
 * @category Render
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { createReportBuilder, renderReportHtml } from '@khuyencong/report';
 * const builder = createReportBuilder({ asOf: '2024-10-01' });
 * SEED_DATASET.reports.forEach((report, i) => builder.add({ kind: 'lines', report, origin: { source: 'seed', path: `reports[${i}]` } }));
 * const html = renderReportHtml(builder.build());
 * [html.startsWith('<!doctype html>'), html.includes('<svg class="chart chart-attainment"'), /<script|<link|src=|https?:/.test(html)]
 * //=> [true, true, false]
 * html.split('\n')[3]
 * //=> `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`
 * ```
 */
export function renderReportHtml(result: ReportResult, options?: RenderOptions): string {
  checkReportResult(result, 'renderReportHtml');
  const resolved = resolveOptions(options, 'renderReportHtml');
  const { report } = result;
  assertTotalsAllowed(report, resolved.skipInvalid);
  const { lang } = resolved;
  const term = (key: Parameters<typeof termOf>[0]): string => termOf(key, { lang });
  const figures = textFigures(lang, report.asOf);
  const projects = report.projects;
  const splits = [
    ...report.reportedSplits.map((item) => ({
      label: formatTerm(
        'report.html.splitReport',
        { scope: figures.scope(item.scope), period: figures.period(item.year, item.period) },
        { lang },
      ),
      split: item.split,
    })),
    {
      label: formatTerm('report.html.splitProjectList', { count: projects.total.count }, { lang }),
      split: projects.funding,
    },
  ];
  const charts: Readonly<Record<string, string>> = {
    attainment: figure(
      attainmentChart(report.attainment, figures, lang),
      term('report.chart.attainment.caption'),
    ),
    funding: figure(fundingChart(splits, figures, lang), term('report.chart.funding.caption')),
  };
  const tables = reportTables(report, figures, lang);
  const sections = [
    ...tables.map((table) => ({
      id: table.id,
      title: table.title,
      body: `${charts[table.id] ?? ''}${htmlTable(table)}`,
    })),
    {
      id: 'findings',
      title: term('report.findingsByCode.title'),
      body: `<p class="counts">${escapeHtml(findingTotalsSentence(report, lang))}</p>${htmlFindings(groupFindings(result), resolved)}`,
    },
  ].map(
    (section, index) =>
      `<section id="${section.id}"><h2>${index + 1}. ${escapeHtml(section.title)}</h2>${section.body}</section>`,
  );
  const date = formatDate(report.asOf, { style: 'numeric', lang });
  const { error } = report.findings.bySeverity;
  const summary = [
    card(term('report.card.projects'), figures.count(projects.total.count), false),
    card(term('report.card.totalCost'), figures.money({ amount: projects.total.totalCost }), false),
    card(
      term('report.card.findings'),
      formatTerm(
        'report.card.inconsistencyCount',
        { count: report.findings.total, errors: error },
        { lang },
      ),
      error > 0,
    ),
    card(
      term('report.card.rejectedRows'),
      figures.count(report.rows.rejected),
      report.rows.rejected > 0,
    ),
  ].join('');
  const skipped = skippedSentence(report, resolved.skipInvalid, lang);
  const sources = sourcesText(report);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${term('report.title')} — ${date}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${skipped === undefined ? '' : `<p class="notice">${escapeHtml(skipped)}</p>\n`}<div class="letterhead"><div class="agency">${escapeHtml(term('report.html.agency'))}<br><small>${escapeHtml(term('report.html.agencySubtitle'))}</small></div><div class="motto"><strong>${escapeHtml(term('report.html.nation'))}</strong><span>${escapeHtml(term('report.html.motto'))}</span></div></div>
<h1>${escapeHtml(term('report.title'))}</h1>
<p class="subtitle">${escapeHtml(formatTerm('report.html.subtitle', { date: report.asOf }, { lang }))}</p>
${sources === '' ? '' : `<p class="sources">${escapeHtml(formatTerm('report.sources', { sources }, { lang }))}</p>\n`}<p class="rows">${escapeHtml(rowsSentence(report, lang))}</p>
<div class="summary">${summary}</div>
${sections.join('\n')}
<footer><div>${escapeHtml(formatTerm('report.html.footer', { date: report.asOf }, { lang }))}</div><div class="sign"><strong>${escapeHtml(term('report.html.preparedBy'))}</strong>&nbsp;</div></footer>
</main>
</body>
</html>
`;
}
