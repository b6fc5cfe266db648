import { cellValue } from '../../_internal/cellValue';
import type { Field } from '../columns/Field';
import type { RowCells } from './RowCells';

const YEAR = /^(?:19|20)\d\d$/;

/** @internal A four-digit year (1900-2099); empty is `undefined` (required cells are checked by the caller). */
export function readYearCell(
  row: RowCells,
  field: Field,
  value: string = row.cell(field),
): number | undefined {
  if (value === '') return undefined;
  if (YEAR.test(value)) return Number(value);
  row.report(field, 'CELL_NOT_YEAR', { field, value: cellValue(value) });
  return undefined;
}
