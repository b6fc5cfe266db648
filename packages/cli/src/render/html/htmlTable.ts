import { escapeHtml } from '../escapeHtml';
import type { ReportTable } from '../ReportTable';

/** A report table as HTML; rows of findings get their severity as a class. */
export function htmlTable(table: ReportTable): string {
  if (table.rows.length === 0) return `<p class="empty">${escapeHtml(table.empty)}</p>`;
  const head = table.headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  const rows = table.rows.map((row, rowIndex) => {
    const rowClass = table.rowClasses?.[rowIndex];
    const cls = rowClass === undefined ? '' : ` class="sev-${rowClass}"`;
    const cells = row
      .map(
        (cell, index) =>
          `<td${table.numeric[index] ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`,
      )
      .join('');
    return `<tr${cls}>${cells}</tr>`;
  });
  const note = table.note === undefined ? '' : `<p class="note">${escapeHtml(table.note)}</p>`;
  return `<div class="scroll"><table id="table-${table.id}"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>${note}`;
}
