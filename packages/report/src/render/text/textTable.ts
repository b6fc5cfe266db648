import { terminalText } from '@khuyencong/internal';
import type { ReportTable } from '../ReportTable';

function width(value: string): number {
  return [...value.normalize('NFC')].length;
}

function pad(value: string, size: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, size - width(value)));
  return right ? fill + value : value + fill;
}

/**
 * @internal A table as aligned text (numbers right-aligned) with a rule under the header; the terminal
 * controls of its cells are removed before they are measured, so that the columns stay aligned.
 */
export function textTable(table: ReportTable): string {
  if (table.rows.length === 0) return `${table.empty}\n`;
  const rows = table.rows.map((row) => row.map(terminalText));
  const widths = table.headers.map((header, index) =>
    Math.max(width(header), ...rows.map((row) => width(row[index] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => pad(cell, widths[index] ?? 0, table.numeric[index] === true))
      .join('  ')
      .trimEnd();
  return [
    line(table.headers),
    widths.map((size) => '─'.repeat(size)).join('  '),
    ...rows.map(line),
    '',
  ].join('\n');
}
