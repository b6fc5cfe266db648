import { isKhuyenCongError, type ReportedAmount, type VndAmount } from '@khuyencong/domain';
import { parseVnd, type VndUnit } from '@khuyencong/i18n-vi';
import { boundedMemo } from '../../_internal/boundedMemo';
import { cellValue } from '../../_internal/cellValue';
import type { Field } from '../columns/Field';
import type { RowCells } from './RowCells';

type AmountCode =
  | 'CELL_NOT_AMOUNT'
  | 'CELL_AMOUNT_AMBIGUOUS'
  | 'CELL_AMOUNT_FRACTIONAL'
  | 'CELL_AMOUNT_NEGATIVE';
type AmountRead = ReportedAmount | AmountCode;

const CANONICAL = /^(?:0|[1-9]\d*)$/;

function parseAmount(value: string, unit: VndUnit): AmountRead {
  try {
    const amount = parseVnd(value, { unit });
    return amount.amount.startsWith('-') ? 'CELL_AMOUNT_NEGATIVE' : amount;
  } catch (error) {
    if (!isKhuyenCongError(error)) throw error;
    if (error.code === 'AMBIGUOUS_AMOUNT') return 'CELL_AMOUNT_AMBIGUOUS';
    if (error.code === 'FRACTIONAL_DONG') return 'CELL_AMOUNT_FRACTIONAL';
    return 'CELL_NOT_AMOUNT';
  }
}

const READERS = new Map<VndUnit, (value: string) => AmountRead>();

function readerFor(unit: VndUnit): (value: string) => AmountRead {
  let reader = READERS.get(unit);
  if (reader === undefined) {
    reader = boundedMemo((value) => parseAmount(value, unit));
    READERS.set(unit, reader);
  }
  return reader;
}

/**
 * @internal Reads an amount cell as provinces write them: plain digits ("1360000000"), grouped with dots
 * ("1.360.000.000") or with a unit ("1,36 tỷ", "hơn 899 triệu đồng"); bare numbers are in the unit the header
 * names, đồng by default. Empty is `undefined`; a bad amount is a finding (and `undefined`).
 */
export function readAmountCell(
  row: RowCells,
  field: Field,
  value: string = row.cell(field),
): ReportedAmount | undefined {
  if (value === '') return undefined;
  const unit = row.inDong ? 'dong' : (row.unit(field) ?? 'dong');
  // Plain whole đồng: what parseVnd returns for it, without the work.
  if (unit === 'dong' && CANONICAL.test(value)) {
    return { amount: value as VndAmount, asWritten: value };
  }
  const read = readerFor(unit)(value);
  if (typeof read !== 'string') return read;
  row.report(field, read, { field, value: cellValue(value) });
  return undefined;
}
