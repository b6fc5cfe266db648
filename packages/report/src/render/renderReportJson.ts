import type { ReportResult } from '../build/createReportBuilder';
import type { RenderOptions } from './RenderOptions';
import { reportJsonChunks } from './renderReportJsonChunks';

/**
 * A report as JSON: `{ report, findings }`, the report as plain data (ids, codes, whole-đồng strings, as the
 * builder made it) and EVERY finding kept, each a flat {@link FindingJson} with its message and citation in
 * `lang`. With `skipInvalid` and rejected rows, a first key `skippedInvalid` says so:
 * `{ rejected, message }`. DEL, C1 controls and bidirectional overrides and isolates in the data are written as
 * `\uXXXX` escapes (the same JSON value), so that the text can be printed on a terminal.
 *
 * @param result - what `createReportBuilder(...).build()` gives.
 * @param options - `lang`, `skipInvalid`, `documents` (`moreFindings` and `perCode` are for text).
 * @returns the JSON text (2-space indented), ending with a line break.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `ROWS_REJECTED` when rows were rejected and `skipInvalid` is not
 *   set; `UNSUPPORTED_LANGUAGE`, `INVALID_OPTION` for bad options.
 *   `INVALID_ARGUMENT` (details `parameter`, e.g. `result.report.rows`) for a result that is not what `build()` gives.
 * @category Render
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { createReportBuilder, renderReportJson } from '@khuyencong/report';
 * const builder = createReportBuilder({ asOf: '2024-10-01' });
 * SEED_DATASET.plans.forEach((plan, i) => builder.add({ kind: 'lines', plan, origin: { source: 'seed', path: `plans[${i}]` } }));
 * SEED_DATASET.reports.forEach((report, i) => builder.add({ kind: 'lines', report, origin: { source: 'seed', path: `reports[${i}]` } }));
 * const json = JSON.parse(renderReportJson(builder.build(), { lang: 'en' }));
 * [json.report.rows.counted, json.findings.length, json.findings.at(-1).code, json.findings.at(-1).path]
 * //=> [5, 3, 'REPORTED_PERCENT_INCONSISTENT', 'reports[1]']
 * ```
 */
export function renderReportJson(result: ReportResult, options?: RenderOptions): string {
  let text = '';
  for (const chunk of reportJsonChunks(result, options, 'renderReportJson')) text += chunk;
  return text;
}
