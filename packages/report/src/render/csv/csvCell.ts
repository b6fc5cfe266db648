/** @internal A CSV cell, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
