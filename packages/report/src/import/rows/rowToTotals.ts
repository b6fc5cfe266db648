import type { ReportedAmount } from '@khuyencong/domain';
import type { ImportRecord, TableKind } from '../../model/ImportRecord';
import type { RowCells } from '../cells/RowCells';
import { readAmountCell } from '../cells/readAmountCell';
import type { Field } from '../columns/Field';

/** The amount columns of each table, whose figures a totals row gives. */
const AMOUNT_FIELDS: Readonly<Record<TableKind, readonly Field[]>> = {
  projects: ['totalCost', 'eligibleCost', 'support', 'national', 'local', 'counterpart', 'other'],
  lines: ['planned', 'achieved', 'consultingRevenuePlanned', 'consultingRevenue'],
};

/**
 * @internal The records of a totals row: a `finding` record for each amount cell that cannot be read (the row
 * is not data, so it rejects nothing), then the `totals` record with the amounts that can, by field.
 */
export function rowToTotals(row: RowCells, kind: TableKind, label: string): ImportRecord[] {
  const figures: Record<string, ReportedAmount> = {};
  for (const field of AMOUNT_FIELDS[kind]) {
    const amount = readAmountCell(row, field);
    if (amount !== undefined) figures[field] = amount;
  }
  // Not a đề án: its findings name no project, even when its label sits in the id column.
  const records: ImportRecord[] = (row.findings ?? []).map(({ finding, origin }) => ({
    kind: 'finding',
    finding: { finding, origin },
  }));
  records.push({ kind: 'totals', origin: { source: row.source, line: row.line }, label, figures });
  return records;
}
