import { text } from '../_internal/Text';
import { CliError } from '../errors/CliError';
import type { CsvRecord } from './CsvRecord';
import type { CsvDelimiter } from './detectDelimiter';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * An incremental RFC 4180 parser: feed it text in chunks of any size and it returns the records that
 * are complete. Quoted cells may hold delimiters, doubled quotes and line breaks; CRLF, LF and CR all
 * end a record. Lines with no characters are skipped.
 */
export class CsvParser {
  readonly #delimiter: number;
  readonly #file: string;
  #cells: string[] = [];
  #field = '';
  #inQuotes = false;
  #afterQuote = false;
  #carryCR = false;
  #line = 1;
  #recordLine = 1;

  constructor(delimiter: CsvDelimiter, file: string) {
    this.#delimiter = delimiter.charCodeAt(0);
    this.#file = file;
  }

  /** The 1-based line the parser has reached. */
  get line(): number {
    return this.#line;
  }

  push(chunk: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    let segStart = 0;
    const length = chunk.length;
    for (let i = 0; i < length; i++) {
      const c = chunk.charCodeAt(i);
      const prevCR = i === 0 ? this.#carryCR : chunk.charCodeAt(i - 1) === CR;
      if (this.#inQuotes) {
        if (this.#afterQuote) {
          this.#afterQuote = false;
          if (c === QUOTE) {
            this.#field += '"';
            segStart = i + 1;
            continue;
          }
          this.#inQuotes = false;
          segStart = i;
        } else {
          if (c === QUOTE) {
            this.#field += chunk.slice(segStart, i);
            this.#afterQuote = true;
            segStart = i + 1;
          } else if (c === CR || (c === LF && !prevCR)) {
            this.#line += 1;
          }
          continue;
        }
      }
      if (c === this.#delimiter) {
        this.#cells.push(this.#field + chunk.slice(segStart, i));
        this.#field = '';
        segStart = i + 1;
      } else if (c === LF || c === CR) {
        if (c === LF && prevCR) {
          segStart = i + 1;
          continue;
        }
        this.#field += chunk.slice(segStart, i);
        this.#endRecord(records);
        segStart = i + 1;
      } else if (c === QUOTE && segStart === i && this.#field === '') {
        this.#inQuotes = true;
        segStart = i + 1;
      }
    }
    this.#field += chunk.slice(segStart);
    this.#carryCR = length > 0 ? chunk.charCodeAt(length - 1) === CR : this.#carryCR;
    return records;
  }

  end(): CsvRecord[] {
    if (this.#inQuotes && !this.#afterQuote) {
      throw new CliError(
        'CSV_SYNTAX',
        text(
          `dấu ngoặc kép mở ở dòng ${this.#recordLine} không được đóng`,
          `the double quote opened on line ${this.#recordLine} is never closed`,
        ),
        { file: this.#file, line: this.#recordLine },
      );
    }
    this.#inQuotes = false;
    this.#afterQuote = false;
    const records: CsvRecord[] = [];
    if (this.#cells.length > 0 || this.#field !== '') this.#endRecord(records);
    return records;
  }

  #endRecord(records: CsvRecord[]): void {
    this.#cells.push(this.#field);
    const cells = this.#cells;
    if (cells.length > 1 || cells[0] !== '') records.push({ line: this.#recordLine, cells });
    this.#cells = [];
    this.#field = '';
    this.#line += 1;
    this.#recordLine = this.#line;
  }
}
