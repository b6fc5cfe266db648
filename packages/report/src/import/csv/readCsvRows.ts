import { readOptions } from '@khuyencong/internal';
import { fail } from '../../_internal/fail';
import { maxLineLengthOf } from '../../_internal/maxLineLengthOf';
import { decodeContent } from '../decode/decodeContent';
import type { InputContent } from '../InputContent';
import type { CsvItem } from './CsvItem';
import { csvBatches } from './csvBatches';
import type { MAX_LINE_LENGTH } from './MAX_LINE_LENGTH';

/**
 * Options of {@link readCsvRows}.
 *
 * @category CSV
 */
export interface ReadCsvRowsOptions {
  /** The longest line (record) read, in characters; {@link MAX_LINE_LENGTH} by default. */
  readonly maxLineLength?: number;
}

/**
 * Reads the rows of a CSV input in bounded memory, from text or bytes in chunks of any size (see
 * {@link InputContent}): UTF-8 with or without a byte-order mark, UTF-16 with one; the delimiter (`,`, `;`
 * or tab) detected from the header line; RFC 4180 quoting (delimiters, doubled quotes and line breaks in
 * quoted cells). Rows come with the line they start on; lines with no characters are skipped. Problems of
 * the input come where they are found, as {@link CsvProblem} items: bytes that are not UTF-8 (reading goes
 * on), a line over the limit (reading stops), a quote never closed (the record it opened follows).
 *
 * @param content - the input.
 * @param options - `maxLineLength`.
 * @returns the rows (header first) and problems, in input order.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for content that is
 *   not text, bytes or an iterable of them; `INVALID_OPTION` for options that are not a plain object or a
 *   `maxLineLength` that is not a positive whole number.
 * @category CSV
 * @example
 * ```ts
 * import { readCsvRows } from '@khuyencong/report';
 * const bytes = new TextEncoder().encode('\uFEFFMã đề án;Tổng kinh phí\r\nDA-01;"1.360.000.000"\r\n');
 * const rows = [];
 * for await (const item of readCsvRows([bytes.subarray(0, 5), bytes.subarray(5)])) rows.push(item);
 * rows
 * //=> [{ kind: 'row', line: 1, cells: ['Mã đề án', 'Tổng kinh phí'] }, { kind: 'row', line: 2, cells: ['DA-01', '1.360.000.000'] }]
 * const open = [];
 * for await (const item of readCsvRows('id,title\n1,"no end\n2,x\n')) open.push(item.kind === 'row' ? item.line : item.finding.code);
 * open
 * //=> [1, 'CSV_QUOTE_NOT_CLOSED', 2]
 * ```
 */
export async function* readCsvRows(
  content: InputContent,
  options: ReadCsvRowsOptions = {},
): AsyncGenerator<CsvItem> {
  const bag = readOptions(options, 'options', fail, 'readCsvRows');
  const maxLength = maxLineLengthOf(bag, 'readCsvRows');
  for await (const batch of csvBatches(decodeContent(content, 'readCsvRows'), maxLength)) {
    yield* batch.items;
  }
}
