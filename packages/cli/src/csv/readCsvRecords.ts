import { text } from '../_internal/Text';
import { CliError } from '../errors/CliError';
import { CsvParser } from './CsvParser';
import type { CsvRecord } from './CsvRecord';
import { decodeError, lineOfBadByte } from './decodeError';
import { detectDelimiter } from './detectDelimiter';

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Reads CSV records from a byte stream (a file stream, or any async iterable of chunks) in constant
 * memory: UTF-8 with or without a byte-order mark, the delimiter (`,`, `;` or tab) detected from the
 * header line, RFC 4180 quoting. Records come with the line they start on.
 *
 * @param source - the bytes, e.g. `createReadStream(path)`.
 * @param file - the file name to put in error messages.
 * @returns the records, header first.
 * @throws {@link CliError} `ENCODING` for bytes that are not UTF-8 (or a UTF-16 file), `CSV_SYNTAX`
 *   for a quote never closed.
 * @category CSV
 * @example
 * ```ts
 * import { readCsvRecords } from '@khuyencong/cli';
 * const bytes = new TextEncoder().encode('\uFEFFMã đề án;Tổng kinh phí\r\nDA-01;"1.360.000.000"\r\n');
 * const records = [];
 * for await (const record of readCsvRecords([bytes], 'du-an.csv')) records.push(record);
 * records
 * //=> [{ line: 1, cells: ['Mã đề án', 'Tổng kinh phí'] }, { line: 2, cells: ['DA-01', '1.360.000.000'] }]
 * ```
 */
export async function* readCsvRecords(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  file: string,
): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parser: CsvParser | undefined;
  let head = '';
  let first = true;
  for await (const bytes of source) {
    if (first && bytes.length > 0) {
      first = false;
      if (isUtf16(bytes)) {
        throw new CliError(
          'ENCODING',
          text(
            'tệp được lưu bằng UTF-16 ("Unicode Text"); hãy lưu lại bằng "CSV UTF-8".',
            'the file is UTF-16 ("Unicode Text"); save it again as "CSV UTF-8".',
          ),
          { file, line: 1 },
        );
      }
    }
    let chunk: string;
    try {
      chunk = decoder.decode(bytes, { stream: true });
    } catch (error) {
      const line = parser === undefined ? 1 : parser.line;
      const base = parser === undefined ? 1 + (head.match(/\r\n|\r|\n/g)?.length ?? 0) : line;
      throw decodeError(file, lineOfBadByte(bytes, base), error);
    }
    if (parser === undefined) {
      head += chunk;
      const end = head.search(/[\r\n]/);
      if (end < 0) continue;
      parser = new CsvParser(detectDelimiter(head.slice(0, end)), file);
      chunk = head;
      head = '';
    }
    yield* parser.push(chunk);
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch (error) {
    throw decodeError(file, parser?.line ?? 1, error);
  }
  if (parser === undefined) {
    head += tail;
    if (head === '') return;
    parser = new CsvParser(detectDelimiter(head), file);
    tail = head;
  }
  yield* parser.push(tail);
  yield* parser.end();
}
