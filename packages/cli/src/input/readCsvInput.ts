import { text } from '../_internal/Text';
import { readCsvRecords } from '../csv/readCsvRecords';
import { CliError } from '../errors/CliError';
import type { InputRecord } from './InputRecord';
import { RowReader } from './RowReader';
import { type ResolvedHeader, resolveColumns } from './resolveColumns';
import { rowToPlanAndReport } from './rowToPlanAndReport';
import { rowToProject } from './rowToProject';

/**
 * Reads the records of a CSV input in constant memory: the header row decides the table kind, each data
 * row becomes a project or a plan and/or report part. `onRow` is called with the number of data rows
 * read so far.
 */
export async function* readCsvInput(
  source: AsyncIterable<Uint8Array>,
  file: string,
  onRow?: (rows: number) => void,
): AsyncGenerator<InputRecord> {
  let header: ResolvedHeader | undefined;
  let width = 0;
  let rows = 0;
  for await (const record of readCsvRecords(source, file)) {
    if (header === undefined) {
      header = resolveColumns(record.cells, file);
      width = record.cells.length;
      continue;
    }
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    if (
      record.cells.length > width &&
      record.cells.slice(width).some((cell) => cell.trim() !== '')
    ) {
      throw new CliError(
        'CSV_SYNTAX',
        text(
          `dòng có ${record.cells.length} ô nhưng tiêu đề chỉ có ${width} cột`,
          `the row has ${record.cells.length} cells but the header only ${width} columns`,
        ),
        { file, line: record.line },
      );
    }
    const row = new RowReader(header, record, file);
    const origin = { file, line: record.line };
    if (header.kind === 'projects') {
      const { project, site } = rowToProject(row);
      yield { kind: 'project', project, origin, ...(site === undefined ? {} : { site }) };
    } else {
      const { plan, report } = rowToPlanAndReport(row);
      if (plan !== undefined) yield { kind: 'plan', plan, origin };
      if (report !== undefined) yield { kind: 'report', report, origin };
    }
    rows += 1;
    onRow?.(rows);
  }
  if (header === undefined) {
    throw new CliError(
      'MISSING_COLUMN',
      text('tệp rỗng, không có dòng tiêu đề', 'the file is empty: no header row'),
      { file },
    );
  }
}
