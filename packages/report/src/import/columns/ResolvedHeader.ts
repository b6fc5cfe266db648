import type { Finding, ReportFindingCode } from '@khuyencong/domain';
import type { VndUnit } from '@khuyencong/i18n-vi';
import type { TableKind } from '../../model/ImportRecord';
import type { Field } from './Field';

/**
 * One column of an input table: the field it fills, its header as written and its 0-based index; `unit` is
 * the unit of bare amounts named in the header ("(triệu đồng)").
 *
 * @category Columns
 */
export interface ResolvedColumn {
  readonly field: Field;
  readonly header: string;
  readonly index: number;
  readonly unit?: VndUnit;
}

/**
 * A finding about the header row, with the header of the column it is about (as written), if any.
 *
 * @category Columns
 */
export interface HeaderFinding {
  readonly finding: Finding<ReportFindingCode>;
  readonly column?: string;
}

/**
 * A header row read: the kind of table, its columns by field, and what was found about it.
 *
 * @category Columns
 */
export interface ResolvedHeader {
  /** `projects` or `lines`; absent when the header mixes the two (`TABLE_KIND_MIXED`). */
  readonly kind?: TableKind;
  /** The columns that fill a field (ignored and unknown columns are not here). */
  readonly columns: ReadonlyMap<Field, ResolvedColumn>;
  /** How many columns the header names: the position of its last non-empty header. */
  readonly width: number;
  /** `COLUMN_UNKNOWN` warnings, and the errors that make the table unreadable. */
  readonly findings: readonly HeaderFinding[];
  /**
   * Whether the rows can be read: `false` when a finding is an error (a missing or duplicated column, a
   * mixed table); every data row is then rejected.
   */
  readonly usable: boolean;
}
