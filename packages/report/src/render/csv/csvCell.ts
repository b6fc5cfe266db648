import { terminalText } from '@khuyencong/internal';

/** A plain number, negative or not (`-1500000`, `-12,5`, `93.51`): a spreadsheet reads it as a number. */
const PLAIN_NUMBER = /^-?\d(?:[\d.,]*\d)?$/;

/**
 * @internal A CSV cell: its terminal controls removed (a CSV is also read with `cat`), a cell a spreadsheet
 * would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR, the OWASP rule) prefixed with `'`
 * unless it is a plain number, then quoted when it holds a comma, a quote or a line break (RFC 4180).
 */
export function csvCell(cell: string): string {
  const text = terminalText(cell);
  const safe = /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
