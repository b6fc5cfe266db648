import { type IsoDate, toIsoDate } from '@khuyencong/domain';
import { parseNumber } from '@khuyencong/i18n-vi';
import { text } from '../_internal/Text';
import { type CellContext, cellError } from './CellContext';

/** A whole number of things (projects, units); empty is `undefined`. */
export function readCountCell(cell: string, context: CellContext): number | undefined {
  const value = cell.trim();
  if (value === '') return undefined;
  if (!/^\d{1,9}$/.test(value)) {
    throw cellError(
      context,
      text(`"${value}" không phải số nguyên`, `"${value}" is not a whole number`),
    );
  }
  return Number(value);
}

/** A four-digit year. */
export function readYearCell(cell: string, context: CellContext): number {
  const value = cell.trim();
  if (!/^(19|20)\d\d$/.test(value)) {
    throw cellError(
      context,
      text(`"${value}" không phải năm (VD 2024)`, `"${value}" is not a year (e.g. 2024)`),
    );
  }
  return Number(value);
}

/** A date as Excel exports it in Vietnam ("15/03/2024", "15-03-2024") or ISO ("2024-03-15"); empty is `undefined`. */
export function readDateCell(cell: string, context: CellContext): IsoDate | undefined {
  const value = cell.trim();
  if (value === '') return undefined;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso =
    dmy === null ? value : `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`;
  try {
    return toIsoDate(iso);
  } catch (error) {
    throw cellError(
      context,
      text(`"${value}" không phải ngày (dd/mm/yyyy)`, `"${value}" is not a date (dd/mm/yyyy)`),
      error,
    );
  }
}

/** A percent as printed ("115,6", "115,6%", "93.5"), kept with its printed decimals (`'115.6'`); empty is `undefined`. */
export function readPercentCell(cell: string, context: CellContext): string | undefined {
  const value = cell.trim().replace(/\s*%$/, '');
  if (value === '') return undefined;
  try {
    const plain = /^\d+\.\d+$/.test(value) ? value : parseNumber(value);
    const decimals = /[.,](\d+)$/.exec(value)?.[1]?.length ?? 0;
    const [int = '0', frac = ''] = plain.split('.');
    return decimals === 0 ? int : `${int}.${frac.padEnd(decimals, '0')}`;
  } catch (error) {
    throw cellError(
      context,
      text(`"${cell.trim()}" không phải tỷ lệ phần trăm`, `"${cell.trim()}" is not a percent`),
      error,
    );
  }
}
