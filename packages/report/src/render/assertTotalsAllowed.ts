import { KhuyenCongError } from '@khuyencong/domain';
import type { Report } from '../model/Report';

/**
 * @internal Refuses totals over rejected rows: `ROWS_REJECTED` (details `rejected`, `read` as decimal strings)
 * when a row was rejected and the caller did not choose `skipInvalid`.
 */
export function assertTotalsAllowed(report: Report, skipInvalid: boolean): void {
  const { rejected, read } = report.rows;
  if (rejected === 0 || skipInvalid) return;
  throw new KhuyenCongError(
    'ROWS_REJECTED',
    `[@khuyencong/report] ${rejected} of ${read} rows were rejected, so no totals are made: fix those rows, or render with skipInvalid.`,
    { details: { rejected: String(rejected), read: String(read) } },
  );
}
