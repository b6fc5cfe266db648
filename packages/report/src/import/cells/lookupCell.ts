import { cellValue } from '../../_internal/cellValue';
import { foldText } from '../../_internal/foldText';
import type { Field } from '../columns/Field';
import type { RowCells } from './RowCells';

/** @internal A cell looked up in a table of folded names; empty is `undefined`, an unknown name a finding. */
export function lookupCell<T extends string>(
  row: RowCells,
  field: Field,
  table: ReadonlyMap<string, T>,
  list: string,
): T | undefined {
  const cell = row.cell(field);
  if (cell === '') return undefined;
  const value = table.get(foldText(cell));
  if (value !== undefined) return value;
  row.report(field, 'CELL_UNKNOWN_CODE', {
    field,
    value: cellValue(cell),
    list,
    candidates: [...new Set(table.values())].join(', '),
  });
  return undefined;
}
