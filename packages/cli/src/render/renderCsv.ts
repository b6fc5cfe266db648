import type { ReportTable } from './ReportTable';

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The report's tables as one CSV (UTF-8 with BOM so that Excel reads the diacritics): each table starts
 * with a line holding its title, then its header and rows; tables are separated by an empty line.
 */
export function renderCsv(tables: readonly ReportTable[]): string {
  const blocks = tables.map((table) =>
    [[`# ${table.title}`], table.headers, ...table.rows]
      .map((row) => row.map(quote).join(','))
      .join('\r\n'),
  );
  return `\uFEFF${blocks.join('\r\n\r\n')}\r\n`;
}
