import type { ReportTable } from '../ReportTable';
import { escapeHtml } from './escapeHtml';

/** @internal A report table as HTML (numbers right-aligned), or its empty sentence. */
export function htmlTable(table: ReportTable): string {
  if (table.rows.length === 0) return `<p class="empty">${escapeHtml(table.empty)}</p>`;
  const head = table.headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  const rows = table.rows.map((row) => {
    const cells = row
      .map(
        (cell, index) =>
          `<td${table.numeric[index] ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`,
      )
      .join('');
    return `<tr>${cells}</tr>`;
  });
  return `<div class="scroll"><table id="table-${table.id}"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
