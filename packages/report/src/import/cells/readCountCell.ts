import { cellValue } from '../../_internal/cellValue';
import type { Field } from '../columns/Field';
import type { RowCells } from './RowCells';

const COUNT = /^\d{1,9}$/;

/** @internal A whole number of things (projects, units); empty is `undefined`. */
export function readCountCell(
  row: RowCells,
  field: Field,
  value: string = row.cell(field),
): number | undefined {
  if (value === '') return undefined;
  if (COUNT.test(value)) return Number(value);
  row.report(field, 'CELL_NOT_COUNT', { field, value: cellValue(value) });
  return undefined;
}
