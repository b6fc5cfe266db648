import type { ReportData } from '../report/ReportData';
import type { Formatter } from './Formatter';
import type { ReportTable } from './ReportTable';

function width(value: string): number {
  return [...value.normalize('NFC')].length;
}

function pad(value: string, size: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, size - width(value)));
  return right ? fill + value : value + fill;
}

/** A table as aligned text with a rule under the header. */
export function renderTextTable(table: ReportTable): string {
  if (table.rows.length === 0) return `${table.empty}\n`;
  const widths = table.headers.map((header, index) =>
    Math.max(width(header), ...table.rows.map((row) => width(row[index] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => pad(cell, widths[index] ?? 0, table.numeric[index] === true))
      .join('  ')
      .trimEnd();
  return [
    line(table.headers),
    widths.map((size) => '─'.repeat(size)).join('  '),
    ...table.rows.map(line),
    ...(table.note === undefined ? [] : [table.note]),
    '',
  ].join('\n');
}

/** The report as text for a terminal. */
export function renderText(
  report: ReportData,
  tables: readonly ReportTable[],
  f: Formatter,
): string {
  const vi = f.lang === 'vi';
  const title = vi ? report.title.toUpperCase() : 'KHUYẾN CÔNG REPORT';
  const counts = report.findingCounts;
  const head = [
    title,
    `${vi ? 'Ngày lập' : 'Date'}: ${f.date(report.asOf as never)} · ${vi ? 'Nguồn dữ liệu' : 'Data'}: ${report.sources.join(', ')}`,
    vi
      ? `Bất nhất: ${report.inconsistencies.length} · Phát hiện theo đề án: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info} thông tin`
      : `Inconsistencies: ${report.inconsistencies.length} · Project findings: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`,
    '',
  ];
  const body = tables.map(
    (table, index) => `${index + 1}. ${table.title}\n\n${renderTextTable(table)}`,
  );
  return `${[...head, ...body].join('\n')}`;
}
