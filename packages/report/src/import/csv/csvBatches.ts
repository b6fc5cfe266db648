import { reportFinding } from '../../_internal/reportFinding';
import { BAD_BYTE, type TextPiece } from '../decode/TextPiece';
import type { CsvItem } from './CsvItem';
import { CsvParser } from './CsvParser';
import { detectDelimiter } from './detectDelimiter';

/** @internal The items one piece of text completed, and how many characters have been read so far. */
export interface CsvBatch {
  readonly items: readonly CsvItem[];
  readonly chars: number;
}

const LINE_BREAK = /[\r\n]/;
/** The most text parsed before its items are handed on. */
const SLICE = 1 << 14;

/**
 * @internal The CSV items of decoded text, batch by batch: the delimiter is detected from the header line,
 * the {@link BAD_BYTE} mark becomes an `ENCODING_NOT_UTF8` problem on the line it falls on. With `ended`
 * false the text is only the start of the input: its last record is not ended.
 */
export async function* csvBatches(
  batches: AsyncIterable<readonly TextPiece[]>,
  maxLength: number,
  ended = true,
): AsyncGenerator<CsvBatch> {
  let parser: CsvParser | undefined;
  let head: string[] = [];
  let headLength = 0;
  let chars = 0;
  let out: CsvItem[] = [];
  const badByte = (line: number): void => {
    out.push({ kind: 'problem', line, finding: reportFinding('ENCODING_NOT_UTF8', { line }) });
  };
  const start = (headerLine: string): CsvParser => {
    const created = new CsvParser(detectDelimiter(headerLine), maxLength);
    for (const text of head) created.push(text, out);
    head = [];
    return created;
  };
  for await (const pieces of batches) {
    for (const piece of pieces) {
      if (piece === BAD_BYTE) {
        // Before the parser exists no line break has been read: the bad byte is on line 1.
        badByte(parser === undefined ? 1 : parser.line);
        continue;
      }
      chars += piece.length;
      if (parser === undefined) {
        const end = piece.search(LINE_BREAK);
        if (end < 0) {
          head.push(piece);
          headLength += piece.length;
          if (headLength > maxLength) {
            out.push({
              kind: 'problem',
              line: 1,
              finding: reportFinding('LINE_TOO_LONG', { line: 1, limit: maxLength }),
            });
            yield { items: out, chars };
            return;
          }
          continue;
        }
        parser = start(head.join('') + piece.slice(0, end));
      }
      // In slices of a few hundred rows, each handed on before the next is parsed: so that only those rows'
      // objects are alive at a time and die young (the engine moves objects that outlive a few collections,
      // and then every object made where they were made, to its old generation, which then fills with garbage).
      for (let from = 0; from < piece.length && !parser.stopped; from += SLICE) {
        parser.push(
          from === 0 && piece.length <= SLICE ? piece : piece.slice(from, from + SLICE),
          out,
        );
        if (out.length > 0) {
          yield { items: out, chars: chars - piece.length + Math.min(piece.length, from + SLICE) };
          out = [];
        }
      }
      if (parser.stopped) break;
    }
    if (out.length > 0) {
      yield { items: out, chars };
      out = [];
    }
    if (parser?.stopped === true) return;
  }
  if (!ended) return;
  if (parser === undefined) {
    if (headLength === 0) return;
    parser = start(head.join(''));
  }
  parser.end(out);
  if (out.length > 0) yield { items: out, chars };
}
