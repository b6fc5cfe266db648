import type { ReportedAmount } from '@khuyencong/domain';
import { parseVnd, type VndUnit } from '@khuyencong/i18n-vi';
import { text } from '../_internal/Text';
import { type CellContext, cellError } from './CellContext';

/**
 * Reads an amount cell as provinces write them: plain digits ("1360000000"), grouped with dots
 * ("1.360.000.000") or with a unit ("1,36 tỷ", "hơn 899 triệu đồng"); bare numbers are in `unit`
 * (đồng unless the header names another). An empty cell is `undefined`.
 */
export function readAmountCell(
  cell: string,
  context: CellContext,
  unit: VndUnit = 'dong',
): ReportedAmount | undefined {
  const value = cell.trim();
  if (value === '') return undefined;
  let amount: ReportedAmount;
  try {
    amount = parseVnd(value, { unit });
  } catch (error) {
    throw cellError(
      context,
      text(`"${value}" không phải số tiền hợp lệ`, `"${value}" is not a valid amount`),
      error,
    );
  }
  if (amount.amount.startsWith('-')) {
    throw cellError(context, text(`số tiền âm "${value}"`, `negative amount "${value}"`));
  }
  return amount;
}
