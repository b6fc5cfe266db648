import { type IsoDate, isKhuyenCongError, toIsoDate } from '@khuyencong/domain';
import { boundedMemo } from '../../_internal/boundedMemo';
import { cellValue } from '../../_internal/cellValue';
import type { Field } from '../columns/Field';
import type { RowCells } from './RowCells';

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

const toDate = boundedMemo((value: string): IsoDate | null => {
  const dmy = DMY.exec(value);
  const iso =
    dmy === null ? value : `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`;
  try {
    return toIsoDate(iso);
  } catch (error) {
    if (isKhuyenCongError(error)) return null;
    throw error;
  }
});

/**
 * @internal A date as Excel exports it in Vietnam ("15/03/2024", "15-03-2024", "15.03.2024") or ISO
 * ("2024-03-15"); empty is `undefined`.
 */
export function readDateCell(
  row: RowCells,
  field: Field,
  value: string = row.cell(field),
): IsoDate | undefined {
  if (value === '') return undefined;
  const date = toDate(value);
  if (date !== null) return date;
  row.report(field, 'CELL_NOT_DATE', { field, value: cellValue(value) });
  return undefined;
}
