import { cellValue } from '../../_internal/cellValue';
import type { ImportRecord } from '../../model/ImportRecord';
import { RowCells } from '../cells/RowCells';
import { columnName } from '../columns/columnName';
import type { ResolvedHeader } from '../columns/ResolvedHeader';
import { resolveColumns } from '../columns/resolveColumns';
import { rowToLines } from '../rows/rowToLines';
import { type ProjectRowOptions, rowToProject } from '../rows/rowToProject';
import { rowToTotals } from '../rows/rowToTotals';
import { totalsLabel } from '../rows/totalsLabel';
import type { CsvItem, CsvProblem, CsvRow } from './CsvItem';
import { MAX_CELL_LENGTH } from './MAX_CELL_LENGTH';

/** The position after the last non-empty cell. */
function usedWidth(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if ((cells[i] as string).trim() !== '') return i + 1;
  return 0;
}

/** Whether a cell of the row is over {@link MAX_CELL_LENGTH}. */
function holdsLongCell(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.length > MAX_CELL_LENGTH) return true;
  return false;
}

function problemKey(problem: CsvProblem): string {
  return `${problem.finding.code}:${problem.line}`;
}

/**
 * @internal Turns the items of a CSV input into records, one item at a time, into `out`: the `input` record
 * once the header is read, the problems of the input already known, the header's findings, then one record
 * per data row (blank rows are not rows). A problem of the whole input is a `finding` record, and every data
 * row after it is `rejected` with no findings of its own; the problems `known` from the start (found in the
 * first MiB, before any record was handed on) reject every row. A row holding a cell over
 * {@link MAX_CELL_LENGTH} is `rejected` with a `CELL_TOO_LONG` for each such cell, its cells unread.
 */
export class CsvReader {
  /** The records ready to be handed on; the caller empties it. */
  readonly out: ImportRecord[] = [];
  readonly #source: string;
  readonly #options: ProjectRowOptions;
  readonly #known: readonly CsvProblem[];
  readonly #knownKeys: ReadonlySet<string>;
  #started = false;
  #header: ResolvedHeader | undefined;
  /** The header of each column as findings name it (`undefined` for a column with no header). */
  #columns: readonly (string | undefined)[] = [];
  #headerSeen = false;
  #poisoned: boolean;

  constructor(source: string, options: ProjectRowOptions, known: readonly CsvProblem[]) {
    this.#source = source;
    this.#options = options;
    this.#known = known;
    this.#knownKeys = new Set(known.map(problemKey));
    this.#poisoned = known.length > 0;
  }

  /** Reads one item: its records go to `out`. */
  read(item: CsvItem): void {
    if (item.kind === 'problem') this.#problem(item);
    else if (!this.#headerSeen) this.#headerRow(item);
    else this.#dataRow(item);
  }

  /** Ends the input: `FILE_EMPTY` when there was no header row at all. */
  end(): void {
    const empty = !this.#headerSeen && this.#known.length === 0 && !this.#poisoned;
    this.#start(undefined);
    if (empty) {
      this.out.push({
        kind: 'finding',
        finding: {
          finding: { code: 'FILE_EMPTY', severity: 'error', details: {} },
          origin: { source: this.#source },
        },
      });
    }
  }

  /** The `input` record, then the problems known from the start and the header's findings (once). */
  #start(header: ResolvedHeader | undefined, line = 1): void {
    if (this.#started) return;
    this.#started = true;
    const source = this.#source;
    this.out.push({
      kind: 'input',
      source,
      format: 'csv',
      ...(header?.kind === undefined ? {} : { table: header.kind }),
    });
    for (const problem of this.#known) this.#finding(problem);
    for (const { finding, column } of header?.findings ?? []) {
      this.out.push({
        kind: 'finding',
        finding: {
          finding,
          origin: column === undefined ? { source, line } : { source, line, column },
        },
      });
    }
  }

  #finding(problem: CsvProblem): void {
    this.out.push({
      kind: 'finding',
      finding: { finding: problem.finding, origin: { source: this.#source, line: problem.line } },
    });
  }

  #problem(item: CsvProblem): void {
    this.#start(undefined);
    if (!this.#knownKeys.has(problemKey(item))) this.#finding(item);
    this.#poisoned = true;
    if (item.finding.code === 'LINE_TOO_LONG' && this.#headerSeen) {
      this.out.push({
        kind: 'rejected',
        origin: { source: this.#source, line: item.line },
        findings: [],
      });
    }
  }

  #headerRow(row: CsvRow): void {
    this.#headerSeen = true;
    // A problem before the header (a bad byte or a quote on line 1): the header is not read.
    const before = this.#known.some((problem) => problem.line <= row.line);
    if (before || this.#started) {
      this.#start(undefined);
      return;
    }
    this.#header = resolveColumns(row.cells);
    this.#columns = row.cells.map((cell) => (cell.trim() === '' ? undefined : columnName(cell)));
    this.#start(this.#header, row.line);
  }

  /** A row holding a cell over the limit: rejected with a `CELL_TOO_LONG` for each such cell, its cells unread. */
  #longCells(cells: RowCells): void {
    cells.cells.forEach((cell, index) => {
      if (cell.length <= MAX_CELL_LENGTH) return;
      cells.reportAt(this.#columns[index], 'CELL_TOO_LONG', {
        value: cellValue(cell),
        length: cell.length,
        limit: MAX_CELL_LENGTH,
      });
    });
    this.out.push(cells.rejected());
  }

  #dataRow(row: CsvRow): void {
    const width = usedWidth(row.cells);
    if (width === 0) return;
    const header = this.#header;
    if (this.#poisoned || header === undefined || !header.usable || header.kind === undefined) {
      this.out.push({
        kind: 'rejected',
        origin: { source: this.#source, line: row.line },
        findings: [],
      });
      return;
    }
    const cells = new RowCells(header, row.cells, row.line, this.#source);
    if (row.cells.length < header.width) {
      cells.report(undefined, 'ROW_TOO_SHORT', { cells: row.cells.length, columns: header.width });
    } else if (width > header.width) {
      cells.report(undefined, 'ROW_TOO_LONG', { cells: width, columns: header.width });
    }
    if (holdsLongCell(row.cells)) {
      this.#longCells(cells);
      return;
    }
    const label = totalsLabel(row.cells);
    if (label !== undefined) {
      for (const record of rowToTotals(cells, header.kind, label)) this.out.push(record);
    } else {
      this.out.push(
        header.kind === 'projects' ? rowToProject(cells, this.#options) : rowToLines(cells),
      );
    }
  }
}
