import { formatTerm, termOf } from '@khuyencong/i18n-vi';
import { jsonText, terminalText } from '@khuyencong/internal';
import { checkReportResult } from '../_internal/checkReportResult';
import type { ReportResult } from '../build/createReportBuilder';
import type { FindingSummary, RowCounts } from '../model/Report';
import type { FindingJson } from './findings/FindingJson';
import { findingJsonWriter } from './findings/findingJsonWriter';
import { groupFindings } from './findings/groupFindings';
import type { RenderOptions } from './RenderOptions';
import { resolveOptions } from './ResolvedOptions';
import { readFormat } from './readFormat';
import { findingTotalsSentence } from './text/findingTotalsSentence';
import { rowsSentence } from './text/rowsSentence';
import { textFindings } from './text/textFindings';

/**
 * Options of {@link renderFindings}: the format, and the options of the report renderers that apply to
 * findings.
 *
 * @category Render
 */
export interface RenderFindingsOptions
  extends Pick<RenderOptions, 'lang' | 'documents' | 'moreFindings' | 'perCode'> {
  /** `'text'` (grouped by code, abbreviated, saying how to see the rest) or `'json'` (every finding). */
  readonly format: 'text' | 'json';
}

/**
 * What {@link renderFindings} writes as JSON.
 *
 * @category Render
 */
export interface FindingsJson {
  /** `false` when any finding is an error. */
  readonly ok: boolean;
  /** How many findings are errors. */
  readonly errors: number;
  /** Every finding found, counted by severity and by code (most severe first). */
  readonly summary: FindingSummary;
  /** The rows read, counted, rejected and recognised as totals rows. */
  readonly rows: RowCounts;
  /** Every finding kept, in the order found. */
  readonly findings: readonly FindingJson[];
}

const FORMATS: readonly RenderFindingsOptions['format'][] = ['text', 'json'];

/**
 * The findings of a result, for a check: every problem of every row read (import findings), the
 * inconsistencies of the reported figures and the checks of every đề án, with the counts by severity and
 * code and the rows read, counted and rejected. No totals, so rejected rows are no obstacle. JSON
 * (`{ ok, errors, summary, rows, findings }`, see {@link FindingsJson}) lists EVERY finding kept, as the
 * {@link FindingJson} objects of {@link renderReportJson}; text groups them by code, most severe first, shows
 * the first `perCode` of each and says exactly how many more there are and how to see them, and ends with
 * the verdict. The counts of the text are the summary's. The text has no terminal control from data (they are
 * removed); JSON escapes them.
 *
 * @param result - what `createReportBuilder(...).build()` gives.
 * @param options - `format`, `lang`, `documents`, `moreFindings`, `perCode`.
 * @returns the text or JSON, ending with a line break.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_OPTION` for a `format` other than `'text'` or `'json'`
 *   and for bad options; `UNSUPPORTED_LANGUAGE`.
 *   `INVALID_ARGUMENT` (details `parameter`, e.g. `result.report.rows`) for a result that is not what `build()` gives.
 * @category Render
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { createReportBuilder, renderFindings } from '@khuyencong/report';
 * const builder = createReportBuilder({ asOf: '2024-10-01' });
 * SEED_DATASET.plans.forEach((plan, i) => builder.add({ kind: 'lines', plan, origin: { source: 'seed', path: `plans[${i}]` } }));
 * SEED_DATASET.reports.forEach((report, i) => builder.add({ kind: 'lines', report, origin: { source: 'seed', path: `reports[${i}]` } }));
 * const json = JSON.parse(renderFindings(builder.build(), { format: 'json' }));
 * [json.ok, json.errors, json.summary.total, json.findings.length, json.rows]
 * //=> [false, 1, 3, 3, { read: 5, counted: 5, rejected: 0, totals: 0 }]
 * renderFindings(builder.build(), { format: 'text', lang: 'en' }).split('\n').slice(0, 6)
 * //=> ['Read 5 rows: 5 counted, 0 rejected, 0 totals rows.', 'Findings: 3 (1 error, 1 warning, 1 note).', '', 'error · REPORTED_PERCENT_INCONSISTENT · 1 finding', '  The reported 115.6% does not match the figures (consulting revenue attainment): 8,000,000,000 VND of a 6,040,000,000 VND plan is 132.5%.', '  - seed reports[1]']
 * ```
 */
export function renderFindings(result: ReportResult, options: RenderFindingsOptions): string {
  checkReportResult(result, 'renderFindings');
  const resolved = resolveOptions(options, 'renderFindings');
  const format = readFormat(options, FORMATS, 'renderFindings');
  const { report } = result;
  const { lang } = resolved;
  const errors = report.findings.bySeverity.error;
  if (format === 'json') {
    const toJson = findingJsonWriter(lang, resolved.documents);
    const output: FindingsJson = {
      ok: errors === 0,
      errors,
      summary: report.findings,
      rows: report.rows,
      findings: result.findings.map(toJson),
    };
    // DEL, C1 and the bidi overrides that JSON.stringify leaves raw are written as \u escapes (jsonText).
    return `${jsonText(JSON.stringify(output, null, 2))}\n`;
  }
  const verdict =
    errors === 0
      ? termOf('cli.check.verdictNone', { lang })
      : formatTerm('cli.check.verdictErrors', { errors }, { lang });
  return terminalText(
    [
      rowsSentence(report, lang),
      findingTotalsSentence(report, lang),
      '',
      textFindings(groupFindings(result), resolved),
      verdict,
      '',
    ].join('\n'),
  );
}
