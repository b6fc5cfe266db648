import { termOf } from '@khuyencong/i18n-vi';
import { checkReportResult } from '../_internal/checkReportResult';
import type { ReportResult } from '../build/createReportBuilder';
import { assertTotalsAllowed } from './assertTotalsAllowed';
import { csvBlock } from './csv/csvBlock';
import { findingJsonWriter } from './findings/findingJsonWriter';
import { groupFindings } from './findings/groupFindings';
import { messagePattern } from './findings/messagePattern';
import { RAW_FIGURES } from './RAW_FIGURES';
import type { RenderOptions } from './RenderOptions';
import { resolveOptions } from './ResolvedOptions';
import { reportTables } from './reportTables';
import { rowsSentence } from './text/rowsSentence';
import { skippedSentence } from './text/skippedSentence';

/**
 * A report as one CSV text (UTF-8 with a byte-order mark, so that Excel reads the diacritics; CRLF line
 * ends): blocks separated by an empty line, each starting with a `# title` line, then its header and rows.
 * First the notice of skipped rows (with `skipInvalid`), then the rows read, counted and rejected of each
 * input, every table of the report with figures for machines (whole đồng, decimal percents, codes), the
 * findings by code, and EVERY finding kept, one row each (severity and code, đề án, input, line, column,
 * path, message and citation in `lang`, details as JSON). Titles and headers are in `lang`.
 *
 * @param result - what `createReportBuilder(...).build()` gives.
 * @param options - `lang`, `skipInvalid`, `documents`.
 * @returns the CSV text.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `ROWS_REJECTED` when rows were rejected and `skipInvalid` is not
 *   set; `UNSUPPORTED_LANGUAGE`, `INVALID_OPTION` for bad options.
 *   `INVALID_ARGUMENT` (details `parameter`, e.g. `result.report.rows`) for a result that is not what `build()` gives.
 * @category Render
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { createReportBuilder, renderReportCsv } from '@khuyencong/report';
 * const builder = createReportBuilder({ asOf: '2024-10-01' });
 * SEED_DATASET.plans.forEach((plan, i) => builder.add({ kind: 'lines', plan, origin: { source: 'seed', path: `plans[${i}]` } }));
 * SEED_DATASET.reports.forEach((report, i) => builder.add({ kind: 'lines', report, origin: { source: 'seed', path: `reports[${i}]` } }));
 * const lines = renderReportCsv(builder.build()).split('\r\n');
 * [lines[0], lines.find((line) => line.startsWith('region:central-highlands,2023'))]
 * //=> ['\uFEFF"# Đã đọc 5 dòng: 5 dòng được tính, 0 dòng bị loại, 0 dòng tổng cộng."', 'region:central-highlands,2023 year,total,78600000000,73500000000,93.51,93.5']
 * ```
 */
export function renderReportCsv(result: ReportResult, options?: RenderOptions): string {
  checkReportResult(result, 'renderReportCsv');
  const resolved = resolveOptions(options, 'renderReportCsv');
  const { report } = result;
  assertTotalsAllowed(report, resolved.skipInvalid);
  const { lang } = resolved;
  const term = (key: Parameters<typeof termOf>[0]): string => termOf(key, { lang });
  const skipped = skippedSentence(report, resolved.skipInvalid, lang);
  const toJson = findingJsonWriter(lang, resolved.documents);
  const blocks = [
    ...(skipped === undefined ? [] : [csvBlock(skipped)]),
    csvBlock(
      rowsSentence(report, lang),
      [
        term('report.column.input'),
        term('report.column.read'),
        term('report.column.counted'),
        term('report.column.rejected'),
        term('report.column.totalsRows'),
      ],
      report.inputs.map(({ source, rows }) => [
        source,
        String(rows.read),
        String(rows.counted),
        String(rows.rejected),
        String(rows.totals),
      ]),
    ),
    ...reportTables(report, RAW_FIGURES, lang).map((table) =>
      csvBlock(table.title, table.headers, table.rows),
    ),
    csvBlock(
      term('report.findingsByCode.title'),
      [
        term('report.column.severity'),
        term('report.column.code'),
        term('report.column.count'),
        term('report.column.message'),
      ],
      groupFindings(result).map((group) => [
        group.severity,
        group.code,
        String(group.count),
        messagePattern(group.code, lang),
      ]),
    ),
    csvBlock(
      term('report.findings.all'),
      [
        term('report.column.severity'),
        term('report.column.code'),
        term('report.column.project'),
        term('report.column.input'),
        term('report.column.line'),
        term('report.column.column'),
        term('report.column.path'),
        term('report.column.message'),
        term('report.column.legalBasis'),
        term('report.column.details'),
      ],
      result.findings.map((item) => {
        const finding = toJson(item);
        return [
          finding.severity,
          finding.code,
          finding.projectId ?? '',
          finding.source,
          finding.line === undefined ? '' : String(finding.line),
          finding.column ?? '',
          finding.path ?? '',
          finding.message,
          finding.citation ?? '',
          JSON.stringify(finding.details),
        ];
      }),
    ),
  ];
  return `\uFEFF${blocks.join('\r\n\r\n')}\r\n`;
}
