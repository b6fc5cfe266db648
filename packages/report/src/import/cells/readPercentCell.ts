import { isKhuyenCongError } from '@khuyencong/domain';
import { parseNumber } from '@khuyencong/i18n-vi';
import { boundedMemo } from '../../_internal/boundedMemo';
import { cellValue } from '../../_internal/cellValue';
import type { Field } from '../columns/Field';
import type { RowCells } from './RowCells';

const SIMPLE_PERCENT = /^\d+(?:\.\d+)?$/;

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
 * @internal A percent as printed ("115,6", "115,6%", "93.5") as a canonical decimal string (`'115.6'`; "93,50" is
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
