import { jsonText } from '@khuyencong/internal';
import { checkReportResult } from '../_internal/checkReportResult';
import type { ReportResult } from '../build/createReportBuilder';
import { assertTotalsAllowed } from './assertTotalsAllowed';
import { findingJsonWriter } from './findings/findingJsonWriter';
import type { RenderOptions } from './RenderOptions';
import { resolveOptions } from './ResolvedOptions';
import { skippedSentence } from './text/skippedSentence';

/** How many findings go in one chunk. */
const FINDINGS_PER_CHUNK = 1_000;

/**
 * {@link renderReportJson} in chunks: the same text, piece by piece (the report first, then the findings, a
 * thousand at a time, the last with the closing brackets), for an output too large to hold as one string. A report of a million đề án keeps
 * millions of findings: their JSON is gigabytes, more than one JavaScript string can hold, so write each chunk
 * out as it comes (a file, a response). The options are checked, and `ROWS_REJECTED` thrown, before the first
 * chunk.
 *
 * @param result - what `createReportBuilder(...).build()` gives.
 * @param options - `lang`, `skipInvalid`, `documents` (`moreFindings` and `perCode` are for text).
 * @returns the chunks of the JSON text; joined, exactly what {@link renderReportJson} returns.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `ROWS_REJECTED` when rows were rejected and `skipInvalid` is not
 *   set; `UNSUPPORTED_LANGUAGE`, `INVALID_OPTION` for bad options.
 *   `INVALID_ARGUMENT` (details `parameter`, e.g. `result.report.rows`) for a result that is not what `build()` gives.
 * @category Render
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { createReportBuilder, renderReportJson, renderReportJsonChunks } from '@khuyencong/report';
 * const builder = createReportBuilder({ asOf: '2024-10-01' });
 * SEED_DATASET.projects.forEach((project, i) => builder.add({ kind: 'project', project, origin: { source: 'seed', path: `projects[${i}]` } }));
 * const result = builder.build();
 * const chunks = [...renderReportJsonChunks(result, { lang: 'en' })];
 * [chunks.length, chunks.join('') === renderReportJson(result, { lang: 'en' })]
 * //=> [2, true]
 * ```
 */
export function renderReportJsonChunks(
  result: ReportResult,
  options?: RenderOptions,
): Generator<string, void, undefined> {
  return reportJsonChunks(result, options, 'renderReportJsonChunks');
}

/** @internal {@link renderReportJsonChunks} for the renderer `fn` (its name is in the errors). */
export function reportJsonChunks(
  result: ReportResult,
  options: RenderOptions | undefined,
  fn: string,
): Generator<string, void, undefined> {
  checkReportResult(result, fn);
  const resolved = resolveOptions(options, fn);
  const { report } = result;
  assertTotalsAllowed(report, resolved.skipInvalid);
  const skipped = skippedSentence(report, resolved.skipInvalid, resolved.lang);
  const toJson = findingJsonWriter(resolved.lang, resolved.documents);
  const head = {
    ...(skipped === undefined
      ? {}
      : { skippedInvalid: { rejected: report.rows.rejected, message: skipped } }),
    report,
  };
  return escaped(chunks(JSON.stringify(head, null, 2), result, toJson));
}

/** Each chunk with the characters a terminal obeys that `JSON.stringify` leaves raw escaped ({@link jsonText}). */
function* escaped(text: Iterable<string>): Generator<string, void, undefined> {
  for (const chunk of text) yield jsonText(chunk);
}

/**
 * The text of `JSON.stringify({ ...head, findings }, null, 2)` with a line break after it, made piece by piece:
 * the head without its closing brace, then each finding as `JSON.stringify` indents an item of the array.
 */
function* chunks(
  head: string,
  result: ReportResult,
  toJson: ReturnType<typeof findingJsonWriter>,
): Generator<string, void, undefined> {
  const { findings } = result;
  const open = `${head.slice(0, -2)},\n  "findings": [`;
  if (findings.length === 0) {
    yield `${open}]\n}\n`;
    return;
  }
  yield open;
  let chunk = '';
  for (let index = 0; index < findings.length; index++) {
    const item = JSON.stringify(toJson(findings[index] as (typeof findings)[number]), null, 2);
    chunk += `${index === 0 ? '' : ','}\n    ${item.replaceAll('\n', '\n    ')}`;
    if ((index + 1) % FINDINGS_PER_CHUNK === 0 && index + 1 < findings.length) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n  ]\n}\n`;
}
