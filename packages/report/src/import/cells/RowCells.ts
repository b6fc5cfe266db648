import type { ReportFindingCode } from '@khuyencong/domain';
import type { VndUnit } from '@khuyencong/i18n-vi';
import { projectIdOf } from '../../_internal/projectIdOf';
import { type FindingDetails, reportFinding } from '../../_internal/reportFinding';
import type { ImportRecord } from '../../model/ImportRecord';
import type { LocatedFinding } from '../../model/LocatedFinding';
import type { Field } from '../columns/Field';
import { type FieldPositions, headerPlan } from '../columns/headerPlan';
import type { ResolvedHeader } from '../columns/ResolvedHeader';

/**
 * @internal The cells of one data row by field, and the findings about them: every reader adds its own
 * finding and reading goes on, so that a row reports all of its problems at once.
 */
export class RowCells {
  readonly source: string;
  readonly line: number;
  readonly cells: readonly string[];
  /** The project id the row gives, if any (findings name it). */
  readonly projectId: string | undefined;
  findings: LocatedFinding[] | undefined;
  /** The position of each field's column (`-1` for none): read `row.text(row.at.totalCost)` in hot code. */
  readonly at: FieldPositions;
  /** Whether every bare amount of the row is in đồng (no column names another unit). */
  readonly inDong: boolean;
  readonly #header: ResolvedHeader;

  constructor(header: ResolvedHeader, cells: readonly string[], line: number, source: string) {
    this.#header = header;
    const plan = headerPlan(header);
    this.at = plan.at;
    this.inDong = plan.inDong;
    this.cells = cells;
    this.line = line;
    this.source = source;
    const id = this.text(this.at.id);
    this.projectId = projectIdOf(id);
  }

  /** The trimmed cell at a position: `''` for `-1` (no such column) or past the end of the row. */
  text(position: number): string {
    if (position < 0) return '';
    const value = this.cells[position];
    return value === undefined ? '' : value.trim();
  }

  /** The trimmed cell of a field: `''` when the table has no such column or the row stops before it. */
  cell(field: Field): string {
    return this.text(this.at[field]);
  }

  /** Whether the table has the column but the row stops before it (a row too short). */
  absent(field: Field): boolean {
    const position = this.at[field];
    return position >= 0 && position >= this.cells.length;
  }

  /** The header of the field's column, as written, if the table has one. */
  header(field: Field): string | undefined {
    return this.#header.columns.get(field)?.header;
  }

  /** The unit the column's header names for bare amounts. */
  unit(field: Field): VndUnit | undefined {
    return this.#header.columns.get(field)?.unit;
  }

  /** Whether an error was found in the row. */
  get failed(): boolean {
    return this.findings?.some((f) => f.finding.severity === 'error') === true;
  }

  /** Adds a finding about the cell of `field` (its column named as written), or about the row. */
  report(field: Field | undefined, code: ReportFindingCode, details: FindingDetails = {}): void {
    this.reportAt(field === undefined ? undefined : this.header(field), code, details);
  }

  /** Adds a finding about the cell in the named column (any column, known or not), or about the row. */
  reportAt(
    column: string | undefined,
    code: ReportFindingCode,
    details: FindingDetails = {},
  ): void {
    this.add({
      finding: reportFinding(code, details),
      origin:
        column === undefined
          ? { source: this.source, line: this.line }
          : { source: this.source, line: this.line, column },
    });
  }

  /** The row as a `rejected` record, with its findings and the project id it gives. */
  rejected(): ImportRecord {
    return {
      kind: 'rejected',
      origin: { source: this.source, line: this.line },
      findings: this.findings ?? [],
      ...(this.projectId === undefined ? {} : { projectId: this.projectId }),
    };
  }

  /** Adds a finding made elsewhere (a schema issue), naming the row's project. */
  add(located: LocatedFinding): void {
    const withId =
      this.projectId === undefined || located.projectId !== undefined
        ? located
        : { ...located, projectId: this.projectId };
    if (this.findings === undefined) this.findings = [withId];
    else this.findings.push(withId);
  }
}
