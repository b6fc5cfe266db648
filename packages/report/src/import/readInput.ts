import type { ImportRecord } from '../model/ImportRecord';
import { inputBatches } from './inputBatches';
import type { ReadInputOptions } from './ReadInputOptions';

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
 * found in the first MiB of text (which is parsed for such problems before any record is handed on), else the
 * rows from its line on. Limits: a line of more than `maxLineLength` characters (1,000,000 by default) is
 * `LINE_TOO_LONG` and reading stops there; a header of more than 1,000 characters is `HEADER_TOO_LONG` (a
 * warning: its column is ignored); a cell of more than 32,768 characters (more than Excel holds) is
 * `CELL_TOO_LONG` and its row is rejected, the other rows read. Memory stays bounded (a chunk, the limit of a line, and that first MiB of text)
 * whatever the size of the input. {@link readInputBatches} hands on the same records in arrays.
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
 *   unknown `format`, a bad `maxLineLength` or `implementingUnit`, or options that are an object but not a
 *   plain one (an array, a class instance: only own properties are read).
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
  for await (const batch of inputBatches(options, 'readInput')) {
    for (const record of batch) yield record;
  }
}
