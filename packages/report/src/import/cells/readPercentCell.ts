import { isKhuyenCongError } from '@khuyencong/domain';
import { parseNumber } from '@khuyencong/i18n-vi';
import { boundedMemo } from '../../_internal/boundedMemo';
import { cellValue } from '../../_internal/cellValue';
import type { Field } from '../columns/Field';
import type { RowCells } from './RowCells';

const SIMPLE_PERCENT = /^\d+(?:\.\d+)?$/;

const ZERO = 48;

/**
 * A plain decimal string in its canonical form: no leading zeros, no trailing fraction zeros. The trailing
 * zeros are counted by hand: `/0+$/` retries at each zero of a run, quadratic (11 s on "1." and 100,000 zeros
 * followed by a 1).
 */
function canonicalDecimal(plain: string): string {
  const [int = '0', frac = ''] = plain.split('.');
  const whole = int.replace(/^0+(?=\d)/, '');
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === ZERO) end -= 1;
  return end === 0 ? whole : `${whole}.${frac.slice(0, end)}`;
}

/**
 * The cell without a `%` at its end (and the white space before it). Not `/\s*%$/`: unanchored, it scans the
 * rest of each run of white space from every space in it, quadratic (12 s on "1", 100,000 spaces, "1").
 */
function withoutPercentSign(cell: string): string {
  return cell.endsWith('%') ? cell.slice(0, -1).trimEnd() : cell;
}

const toPercent = boundedMemo((cell: string): string | null => {
  const value = withoutPercentSign(cell);
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
