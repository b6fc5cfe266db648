import type { CodeListName, CodeOf } from '@khuyencong/domain';
import { cellValue } from '../../_internal/cellValue';
import type { Field } from '../columns/Field';
import { matchCode } from './matchCode';
import type { RowCells } from './RowCells';

/**
 * @internal Reads a code cell: the code, its Vietnamese label or a distinctive part of it (see
 * `matchCode`). Empty is `undefined`; an unknown text is a `CELL_UNKNOWN_CODE` finding (and `undefined`).
 */
export function readCodeCell<L extends CodeListName>(
  row: RowCells,
  field: Field,
  list: L,
  value: string = row.cell(field),
): CodeOf<L> | undefined {
  if (value === '') return undefined;
  const match = matchCode(list, value);
  if (match.candidates === undefined) return match.code;
  row.report(field, 'CELL_UNKNOWN_CODE', {
    field,
    value: cellValue(value),
    list,
    candidates: match.candidates.join(', '),
  });
  return undefined;
}
