import { formatTerm, labelOf, termOf } from '@khuyencong/i18n-vi';
import { citationCache } from '../findings/citationCache';
import type { FindingGroup } from '../findings/FindingGroup';
import { findingMessage } from '../findings/findingMessage';
import { messagePattern } from '../findings/messagePattern';
import { whereOf } from '../findings/whereOf';
import type { ResolvedOptions } from '../ResolvedOptions';
import { escapeHtml } from './escapeHtml';

/**
 * @internal Every finding kept, grouped by code, most severe first: per code a heading with its severity
 * word and count (the code itself small beside it) and the message pattern, then one table row per finding
 * (where, column, đề án, message, legal basis). A group counted but with fewer findings kept says how many
 * are not listed.
 */
export function htmlFindings(groups: readonly FindingGroup[], options: ResolvedOptions): string {
  const { lang } = options;
  const term = (key: Parameters<typeof termOf>[0]): string => termOf(key, { lang });
  if (groups.length === 0)
    return `<p class="empty">${escapeHtml(term('report.findings.empty'))}</p>`;
  const cite = citationCache(lang, options.documents);
  const head = [
    term('report.column.where'),
    term('report.column.column'),
    term('report.column.project'),
    term('report.column.message'),
    term('report.column.legalBasis'),
  ]
    .map((header) => `<th scope="col">${escapeHtml(header)}</th>`)
    .join('');
  return groups
    .map((group, index) => {
      const rows = group.findings.map((item) => {
        const reference = item.finding.legalReference;
        const cells = [
          whereOf(item.origin),
          item.origin.column ?? '',
          item.projectId ?? '',
          findingMessage(item.finding, lang),
          (reference === undefined ? undefined : cite(reference)) ?? '',
        ];
        return `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
      });
      const missing = group.count - group.findings.length;
      const table =
        rows.length === 0
          ? ''
          : `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
      const note =
        missing > 0
          ? `<p class="note">${escapeHtml(
              options.moreFindings === undefined
                ? formatTerm('report.findings.moreInJson', { more: missing }, { lang })
                : formatTerm(
                    'report.findings.more',
                    { more: missing, command: options.moreFindings(group.code) },
                    { lang },
                  ),
            )}</p>`
          : '';
      return `<div class="finding-group sev-${escapeHtml(group.severity)}" id="finding-${index + 1}"><h3><span class="sev">${escapeHtml(labelOf('findingSeverity', group.severity, { lang }))}</span> · ${escapeHtml(formatTerm('report.findings.count', { count: group.count }, { lang }))}<code class="code">${escapeHtml(group.code)}</code></h3><p class="pattern">${escapeHtml(messagePattern(group.code, lang))}</p>${table}${note}</div>`;
    })
    .join('\n');
}
