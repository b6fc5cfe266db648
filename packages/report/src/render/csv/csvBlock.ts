import { csvCell } from './csvCell';

/**
 * @internal One block of a CSV output: a line with its title (`# Kế hoạch và thực hiện`), then its header
 * and rows (none for a block that is only a notice); lines end with CRLF.
 */
export function csvBlock(
  title: string,
  headers: readonly string[] = [],
  rows: readonly (readonly string[])[] = [],
): string {
  const lines = [[`# ${title}`], ...(headers.length === 0 ? [] : [headers]), ...rows];
  return lines.map((row) => row.map(csvCell).join(',')).join('\r\n');
}
