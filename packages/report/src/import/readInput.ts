import { invalidArgument } from '../_internal/invalidArgument';
import type { ImportRecord } from '../model/ImportRecord';
import { CsvReader } from './csv/CsvReader';
import { csvBatches } from './csv/csvBatches';
import { csvProblems, PROBLEM_LOOKAHEAD } from './csv/csvProblems';
import { maxLineLengthOf } from './csv/readCsvRows';
import { decodeContent } from './decode/decodeContent';
import { BAD_BYTE, type TextPiece } from './decode/TextPiece';
import type { InputContent } from './InputContent';
import { jsonRecords } from './json/jsonRecords';

/**
 * Options of {@link readInput}.
 *
 * @category Import
 */
export interface ReadInputOptions {
  /** The input's name as the records' origin gives it: a file path, `-` for standard input. */
  readonly source: string;
  /** The text or bytes, whole or in chunks (see {@link InputContent}). */
  readonly content: InputContent;
  /**
   * `csv`, `json`, or `auto` (the default): by the extension of `source` (`.csv`, `.tsv`, `.txt` are CSV,
   * `.json` is JSON), else by the content (JSON when its first character other than white space is `{` or
   * `[`, else CSV).
   */
  readonly format?: 'csv' | 'json' | 'auto';
  /**
   * The implementing unit (đơn vị thực hiện) of the đề án of a CSV input whose rows do not name one, e.g.
   * the province's khuyến công centre; without it such a project holds `—` and lists `implementingUnit` in
   * its `unstated` fields.
   */
  readonly implementingUnit?: string;
  /** The longest CSV line read, in characters; {@link MAX_LINE_LENGTH} by default. */
  readonly maxLineLength?: number;
}

const FN = 'readInput';
const FORMATS: readonly string[] = ['csv', 'json', 'auto'];

function byExtension(source: string): 'csv' | 'json' | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(source)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  return extension === 'csv' || extension === 'tsv' || extension === 'txt' ? 'csv' : undefined;
}

/** The decoded pieces, and whether they hold JSON by their first character other than white space. */
async function sniff(
  batches: AsyncGenerator<TextPiece[]>,
): Promise<{ json: boolean; batches: AsyncIterable<readonly TextPiece[]> }> {
  const seen: TextPiece[][] = [];
  let json = false;
  for (;;) {
    const next = await batches.next();
    if (next.done === true) break;
    seen.push(next.value);
    const found = next.value.find((piece) => piece !== BAD_BYTE && piece.trim() !== '');
    if (found !== undefined && found !== BAD_BYTE) {
      const first = found.trimStart().charAt(0);
      json = first === '{' || first === '[';
      break;
    }
  }
  async function* replay(): AsyncGenerator<readonly TextPiece[]> {
    yield* seen;
    yield* batches;
  }
  return { json, batches: replay() };
}

/**
 * Reads one input, CSV or JSON, as a stream of {@link ImportRecord}s: first the `input` record (with the
 * table kind of a CSV), then the records, in input order. Nothing is thrown for bad data: every problem is a
 * finding, and no row is lost.
 *
 * CSV: bytes in UTF-8 (with or without a byte-order mark) or UTF-16 with one; `,` `;` or tab; every data row
 * gives exactly one `project`, `lines`, `rejected` or `totals` record (blank rows are not rows), so that the
 * rows read are the rows counted, rejected or totals. Every cell of a row is read and every problem reported
 * at once, each with its line, column (the header as written) and value. Each project passes `projectSchema`
 * of `@khuyencong/validation` (plan and report lines their schemas); their issues are `INVALID_FIELD`
 * findings in the column that gave the field. A totals row ("Tổng cộng", "Cộng", "Tổng", "Tổng số", "Total" in
 * its first non-empty cell) is a `totals` record with its amounts, never a project. A problem of the whole
 * input (bytes that are not UTF-8, a quote never closed, a line over the limit, an unusable header) is a
 * `finding` record, and the rows it spoils are `rejected` with no findings of their own: every row when it is
 * found in the first MiB of text (the reader holds its records back until then), else the rows from its line
 * on. Memory stays bounded (one chunk, the limit of a line, and that first MiB) whatever the size of the
 * input.
 *
 * JSON (read whole): an object `{ source?, plans?, reports?, projects? }` (see `datasetSchema`) or an array of
 * projects; each item is checked on its own (a bad one is `rejected` with its `INVALID_FIELD` findings at
 * paths such as `projects[2].funding.local`; the others count); `JSON_SYNTAX` names the line and column of
 * the first bad character, `JSON_NOT_DATASET` a top level of another kind.
 *
 * @param options - `source`, `content`, `format`, `implementingUnit`, `maxLineLength`.
 * @returns the records, as they are read.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for options that are
 *   not an object, a `source` that is not a string or content of another kind; `INVALID_OPTION` for an
 *   unknown `format` or a bad `maxLineLength` or `implementingUnit`.
 * @category Import
 * @example
 * ```ts
 * import { readInput } from '@khuyencong/report';
 * const csv = '\uFEFFMã đề án;Nội dung;Tỉnh/Thành phố;Năm;Nguồn kinh phí;Tổng kinh phí;Kinh phí hỗ trợ\r\nDA-01;máy móc;Đà Nẵng;2024;địa phương;1,36 tỷ;300 triệu\r\nDA-02;máy móc;Atlantis;2024;địa phương;1.36x tỷ;300000000\r\nTổng cộng;;;;;2,72 tỷ;600 triệu\r\n';
 * const records = [];
 * for await (const record of readInput({ source: 'du-an.csv', content: new TextEncoder().encode(csv) })) records.push(record);
 * records.map((record) => record.kind)
 * //=> ['input', 'project', 'rejected', 'totals']
 * records[0]
 * //=> { kind: 'input', source: 'du-an.csv', format: 'csv', table: 'projects' }
 * records[1]?.kind === 'project' ? [records[1].project.funding, records[1].project.location] : undefined
 * //=> [{ local: '300000000' }, { provinceId: 'da-nang', asOf: '2024-01-01' }]
 * records[2]?.kind === 'rejected' ? records[2].findings.map((f) => [f.finding.code, f.origin.line, f.origin.column, f.finding.details['value']]) : undefined
 * //=> [['CELL_UNKNOWN_PROVINCE', 3, 'Tỉnh/Thành phố', 'Atlantis'], ['CELL_NOT_AMOUNT', 3, 'Tổng kinh phí', '1.36x tỷ']]
 * records[3]?.kind === 'totals' ? [records[3].label, records[3].figures['totalCost']?.amount] : undefined
 * //=> ['Tổng cộng', '2720000000']
 * const json = [];
 * for await (const record of readInput({ source: '-', content: '[{"id": 1}]' })) json.push(record.kind === 'rejected' ? record.findings.length > 0 : record.kind);
 * json
 * //=> ['input', true]
 * ```
 */
export async function* readInput(options: ReadInputOptions): AsyncGenerator<ImportRecord> {
  if (typeof options !== 'object' || options === null) {
    invalidArgument('INVALID_ARGUMENT', FN, 'options', options, 'an object');
  }
  const { source, content, format = 'auto', implementingUnit } = options;
  if (typeof source !== 'string')
    invalidArgument('INVALID_ARGUMENT', FN, 'source', source, 'a string');
  if (typeof format !== 'string' || !FORMATS.includes(format)) {
    invalidArgument('INVALID_OPTION', FN, 'format', format, "'csv', 'json' or 'auto'");
  }
  if (
    implementingUnit !== undefined &&
    (typeof implementingUnit !== 'string' || implementingUnit.trim() === '')
  ) {
    invalidArgument(
      'INVALID_OPTION',
      FN,
      'implementingUnit',
      implementingUnit,
      'a non-empty string',
    );
  }
  const maxLength = maxLineLengthOf(options, FN);
  const decoded = decodeContent(content, FN);
  let kind = format === 'auto' ? byExtension(source) : format;
  let batches: AsyncIterable<readonly TextPiece[]> = decoded;
  if (kind === undefined) {
    const sniffed = await sniff(decoded);
    kind = sniffed.json ? 'json' : 'csv';
    batches = sniffed.batches;
  }
  if (kind === 'json') {
    yield* jsonRecords(batches, source);
    return;
  }
  // The first MiB of text is parsed once for the problems of the whole input, then read with the rest.
  const iterator = batches[Symbol.asyncIterator]();
  const head: (readonly TextPiece[])[] = [];
  let chars = 0;
  let ended = false;
  while (chars < PROBLEM_LOOKAHEAD) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    head.push(next.value);
    for (const piece of next.value) if (piece !== BAD_BYTE) chars += piece.length;
  }
  const known = await csvProblems(head, maxLength, ended);
  async function* all(): AsyncGenerator<readonly TextPiece[]> {
    yield* head.splice(0);
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  const reader = new CsvReader(
    source,
    implementingUnit === undefined ? {} : { implementingUnit: implementingUnit.trim() },
    known,
  );
  const out = reader.out;
  for await (const batch of csvBatches(all(), maxLength)) {
    for (const item of batch.items) {
      reader.read(item);
      if (out.length === 0) continue;
      // One await per record is the price of the record stream; each row becomes its record just before.
      for (let i = 0; i < out.length; i++) yield out[i] as ImportRecord;
      out.length = 0;
    }
  }
  reader.end();
  for (const record of out) yield record;
}
