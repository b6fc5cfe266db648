import { type IsoDate, isKhuyenCongError, toIsoDate } from '@khuyencong/domain';
import { parseNumber } from '@khuyencong/i18n-vi';
import { boundedMemo } from '../../_internal/boundedMemo';
import { cellValue } from '../../_internal/cellValue';
import type { Field } from '../columns/Field';
import type { RowCells } from './RowCells';

const YEAR = /^(?:19|20)\d\d$/;
const COUNT = /^\d{1,9}$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const SIMPLE_PERCENT = /^\d+(?:\.\d+)?$/;

/** A four-digit year (1900-2099); empty is `undefined` (required cells are checked by the caller). */
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

/** A whole number of things (projects, units); empty is `undefined`. */
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
 * A date as Excel exports it in Vietnam ("15/03/2024", "15-03-2024", "15.03.2024") or ISO ("2024-03-15");
 * empty is `undefined`.
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

/** A plain decimal string in its canonical form: no leading zeros, no trailing fraction zeros. */
function canonicalDecimal(plain: string): string {
  const [int = '0', frac = ''] = plain.split('.');
  const whole = int.replace(/^0+(?=\d)/, '');
  const fraction = frac.replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

const toPercent = boundedMemo((cell: string): string | null => {
  const value = cell.replace(/\s*%$/, '');
  if (value === '') return null;
  if (SIMPLE_PERCENT.test(value)) return canonicalDecimal(value);
  try {
    return canonicalDecimal(parseNumber(value));
  } catch (error) {
    if (isKhuyenCongError(error)) return null;
    throw error;
  }
});

/**
 * A percent as printed ("115,6", "115,6%", "93.5") as a canonical decimal string (`'115.6'`; "93,50" is
 * `'93.5'`: the printed form stays in the `asWritten` of the reported percent); empty is `undefined`.
 */
export function readPercentCell(
  row: RowCells,
  field: Field,
  value: string = row.cell(field),
): string | undefined {
  if (value === '') return undefined;
  const percent = toPercent(value);
  if (percent !== null) return percent;
  row.report(field, 'CELL_NOT_PERCENT', { field, value: cellValue(value) });
  return undefined;
}
