import type { ReportResult } from '../build/createReportBuilder';
import type { RenderOptions } from './RenderOptions';
import { readFormat } from './readFormat';
import { renderReportCsv } from './renderReportCsv';
import { renderReportHtml } from './renderReportHtml';
import { renderReportJson } from './renderReportJson';
import { renderReportText } from './renderReportText';

/**
 * The formats {@link renderReport} writes.
 *
 * @category Render
 */
export type ReportFormat = 'text' | 'json' | 'csv' | 'html';

/**
 * Options of {@link renderReport}: the format, and the options of its renderer.
 *
 * @category Render
 */
export interface RenderReportOptions extends RenderOptions {
  /** `text` (a terminal), `json` (the report as data and every finding), `csv` (every table and finding), `html` (one self-contained page). */
  readonly format: ReportFormat;
}

const RENDERERS: Readonly<
  Record<ReportFormat, (result: ReportResult, options: RenderOptions) => string>
> = {
  text: renderReportText,
  json: renderReportJson,
  csv: renderReportCsv,
  html: renderReportHtml,
};

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'csv', 'html'];

/**
 * A report in one format: {@link renderReportText}, {@link renderReportJson}, {@link renderReportCsv} or
 * {@link renderReportHtml}. Every word is in `lang` (Vietnamese by default), from `@khuyencong/i18n-vi`;
 * names of provinces and regions come from `@khuyencong/domain` by id. No finding is left out of a machine
 * format (JSON, CSV) or of HTML; text groups them by code and says exactly how to see the rest. Totals over
 * rejected rows are refused unless `skipInvalid` is set, and then every format says so at the top; the rows
 * read, counted and rejected are in every format.
 *
 * @param result - what `createReportBuilder(...).build()` gives.
 * @param options - `format`, `lang`, `skipInvalid`, `documents`, `moreFindings`, `perCode`.
 * @returns the whole output.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `ROWS_REJECTED` (details `rejected`, `read`) when rows were
 *   rejected and `skipInvalid` is not set; `INVALID_OPTION` for an unknown `format` or bad options;
 *   `UNSUPPORTED_LANGUAGE` for a `lang` other than `'vi'` or `'en'`.
 *   `INVALID_ARGUMENT` (details `parameter`, e.g. `result.report.rows`) for a result that is not what `build()` gives.
 * @category Render
 * @example
 * ```ts
 * import { isKhuyenCongError, SEED_DATASET } from '@khuyencong/domain';
 * import { createReportBuilder, renderReport } from '@khuyencong/report';
 * const builder = createReportBuilder({ asOf: '2024-10-01' });
 * SEED_DATASET.projects.forEach((project, i) => builder.add({ kind: 'project', project, origin: { source: 'seed', path: `projects[${i}]` } }));
 * builder.add({ kind: 'rejected', origin: { source: 'seed', path: 'projects[3]' }, findings: [] });
 * const result = builder.build();
 * let refused = '';
 * try { renderReport(result, { format: 'text' }); } catch (error) { if (isKhuyenCongError(error)) refused = error.code; }
 * refused
 * //=> 'ROWS_REJECTED'
 * renderReport(result, { format: 'text', skipInvalid: true }).split('\n').slice(0, 2)
 * //=> ['BÁO CÁO KHUYẾN CÔNG', 'Lưu ý: đã bỏ qua 1 dòng sai (--skip-invalid); các số tổng không tính các dòng này.']
 * ```
 */
export function renderReport(result: ReportResult, options: RenderReportOptions): string {
  const format = readFormat(options, FORMATS, 'renderReport');
  return RENDERERS[format](result, options);
}
