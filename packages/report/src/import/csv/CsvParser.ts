import { reportFinding } from '../../_internal/reportFinding';
import type { CsvItem } from './CsvItem';
import type { CsvDelimiter } from './detectDelimiter';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * @internal An incremental RFC 4180 parser: feed it text in chunks of any size and it appends the records
 * that are complete. Quoted cells may hold delimiters, doubled quotes and line breaks; CRLF, LF and CR all
 * end a record. Lines with no characters are skipped. A record longer than `maxLength` characters stops the
 * parser with a `LINE_TOO_LONG` problem (or `CSV_QUOTE_NOT_CLOSED` when a quoted cell has run over several
 * lines to get there), so that it never holds more than `maxLength` plus one chunk of text; work is linear
 * in the length of the input.
 */
export class CsvParser {
  readonly #delimiter: number;
  readonly #maxLength: number;
  #cells: string[] = [];
  #field = '';
  #inQuotes = false;
  #afterQuote = false;
  #carryCR = false;
  #line = 1;
  #recordLine = 1;
  #quoteLine = 1;
  /** Characters of the current record in the chunks before this one. */
  #recordChars = 0;
  #stopped = false;

  constructor(delimiter: CsvDelimiter, maxLength: number) {
    this.#delimiter = delimiter.charCodeAt(0);
    this.#maxLength = maxLength;
  }

  /** The 1-based line the parser has reached (line breaks inside quoted cells count). */
  get line(): number {
    return this.#line;
  }

  /** Whether a problem stopped the parser (nothing more is read). */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Parses a chunk, appending the records it completes (and a problem, if one stops the parser) to `out`. */
  push(chunk: string, out: CsvItem[]): void {
    if (this.#stopped) return;
    const delimiter = this.#delimiter;
    const length = chunk.length;
    let field = this.#field;
    let inQuotes = this.#inQuotes;
    let afterQuote = this.#afterQuote;
    let line = this.#line;
    let segStart = 0;
    let recordStart = 0;
    for (let i = 0; i < length; i++) {
      const c = chunk.charCodeAt(i);
      if (inQuotes) {
        if (afterQuote) {
          afterQuote = false;
          if (c === QUOTE) {
            field += '"';
            segStart = i + 1;
            continue;
          }
          inQuotes = false;
          segStart = i;
        } else {
          if (c === QUOTE) {
            field += chunk.slice(segStart, i);
            afterQuote = true;
            segStart = i + 1;
          } else if (c === CR) {
            line += 1;
          } else if (c === LF && !(i === 0 ? this.#carryCR : chunk.charCodeAt(i - 1) === CR)) {
            line += 1;
          }
          continue;
        }
      }
      if (c === delimiter) {
        this.#cells.push(field + chunk.slice(segStart, i));
        field = '';
        segStart = i + 1;
      } else if (c === LF || c === CR) {
        if (c === LF && (i === 0 ? this.#carryCR : chunk.charCodeAt(i - 1) === CR)) {
          segStart = i + 1;
          recordStart = i + 1;
          continue;
        }
        if (this.#recordChars + (i - recordStart) > this.#maxLength) {
          this.#line = line;
          this.#stop(out, false);
          return;
        }
        this.#cells.push(field + chunk.slice(segStart, i));
        field = '';
        this.#line = line;
        this.#endRecord(out);
        line = this.#line;
        segStart = i + 1;
        recordStart = i + 1;
      } else if (c === QUOTE && segStart === i && field === '') {
        inQuotes = true;
        this.#quoteLine = line;
        segStart = i + 1;
      }
    }
    this.#field = segStart < length ? field + chunk.slice(segStart) : field;
    this.#inQuotes = inQuotes;
    this.#afterQuote = afterQuote;
    this.#line = line;
    if (length > 0) this.#carryCR = chunk.charCodeAt(length - 1) === CR;
    this.#recordChars += length - recordStart;
    if (this.#recordChars > this.#maxLength) this.#stop(out, inQuotes && !afterQuote);
  }

  /** Ends the input: the last record, and `CSV_QUOTE_NOT_CLOSED` before it when its quote never closed. */
  end(out: CsvItem[]): void {
    if (this.#stopped) return;
    if (this.#inQuotes && !this.#afterQuote) {
      out.push({
        kind: 'problem',
        line: this.#quoteLine,
        finding: reportFinding('CSV_QUOTE_NOT_CLOSED', { line: this.#quoteLine }),
      });
    }
    this.#inQuotes = false;
    this.#afterQuote = false;
    if (this.#cells.length > 0 || this.#field !== '') {
      this.#cells.push(this.#field);
      this.#field = '';
      this.#endRecord(out);
    }
    this.#stopped = true;
  }

  /** Stops on a record over the limit: an unclosed quote when a quoted cell spans lines, else a long line. */
  #stop(out: CsvItem[], inQuotedCell: boolean): void {
    this.#stopped = true;
    this.#cells = [];
    this.#field = '';
    const line = this.#recordLine;
    out.push(
      inQuotedCell && this.#line > this.#quoteLine
        ? {
            kind: 'problem',
            line: this.#quoteLine,
            finding: reportFinding('CSV_QUOTE_NOT_CLOSED', { line: this.#quoteLine }),
          }
        : {
            kind: 'problem',
            line,
            finding: reportFinding('LINE_TOO_LONG', { line, limit: this.#maxLength }),
          },
    );
  }

  #endRecord(out: CsvItem[]): void {
    const cells = this.#cells;
    if (cells.length > 1 || cells[0] !== '')
      out.push({ kind: 'row', line: this.#recordLine, cells });
    this.#cells = [];
    this.#line += 1;
    this.#recordLine = this.#line;
    this.#recordChars = 0;
  }
}
