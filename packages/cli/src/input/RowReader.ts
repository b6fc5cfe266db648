import type { ReportedAmount } from '@khuyencong/domain';
import type { CsvRecord } from '../csv/CsvRecord';
import type { CellContext } from './CellContext';
import type { Field } from './fields';
import { readAmountCell } from './readAmountCell';
import type { ResolvedHeader } from './resolveColumns';

/** The cells of one data row, by field, with where each is for error messages. */
export class RowReader {
  readonly #header: ResolvedHeader;
  readonly #record: CsvRecord;
  readonly #file: string;

  constructor(header: ResolvedHeader, record: CsvRecord, file: string) {
    this.#header = header;
    this.#record = record;
    this.#file = file;
  }

  get line(): number {
    return this.#record.line;
  }

  /** The trimmed cell of a field ('' when the table has no such column). */
  cell(field: Field): string {
    const column = this.#header.columns.get(field);
    return column === undefined ? '' : (this.#record.cells[column.index] ?? '').trim();
  }

  context(field: Field): CellContext {
    return {
      file: this.#file,
      line: this.#record.line,
      column: this.#header.columns.get(field)?.header ?? field,
    };
  }

  amount(field: Field): ReportedAmount | undefined {
    return readAmountCell(
      this.cell(field),
      this.context(field),
      this.#header.columns.get(field)?.unit,
    );
  }
}
