import { formatTerm, labelOf, termOf } from '@khuyencong/i18n-vi';
import type { LocatedFinding } from '../../model/LocatedFinding';
import { citationCache } from '../findings/citationCache';
import type { FindingGroup } from '../findings/FindingGroup';
import { findingMessage } from '../findings/findingMessage';
import { messagePattern } from '../findings/messagePattern';
import { whereOf } from '../findings/whereOf';
import type { ResolvedOptions } from '../ResolvedOptions';

/**
 * @internal The findings as text, grouped by code, most severe first: per code its severity word, code and
 * count, the message of its first finding (and its legal basis), then where the first `perCode` are (input
 * and line or path, column, đề án; the message too when it differs from the first), then exactly how many
 * more there are and how to see them.
 */
export function textFindings(groups: readonly FindingGroup[], options: ResolvedOptions): string {
  const { lang, perCode, moreFindings } = options;
  if (groups.length === 0) return `${termOf('report.findings.empty', { lang })}\n`;
  const cite = citationCache(lang, options.documents);
  const place = (item: LocatedFinding): string =>
    [
      whereOf(item.origin),
      item.origin.column === undefined
        ? undefined
        : formatTerm('report.where.column', { column: item.origin.column }, { lang }),
      item.projectId === undefined
        ? undefined
        : formatTerm('report.where.project', { id: item.projectId }, { lang }),
    ]
      .filter((part) => part !== undefined)
      .join(' · ');
  const blocks = groups.map((group) => {
    const first = group.findings[0];
    const message =
      first === undefined ? messagePattern(group.code, lang) : findingMessage(first.finding, lang);
    const reference = first?.finding.legalReference;
    const citation = reference === undefined ? undefined : cite(reference);
    const shown = group.findings.slice(0, perCode);
    const more = group.count - shown.length;
    return [
      `${labelOf('findingSeverity', group.severity, { lang })} · ${group.code} · ${formatTerm('report.findings.count', { count: group.count }, { lang })}`,
      `  ${message}`,
      ...(citation === undefined
        ? []
        : [`  ${formatTerm('report.findings.legalBasis', { citation }, { lang })}`]),
      ...shown.map((item, index) => {
        const own = index === 0 ? message : findingMessage(item.finding, lang);
        return `  - ${place(item)}${own === message ? '' : `: ${own}`}`;
      }),
      ...(more > 0
        ? [
            `  ${
              moreFindings === undefined
                ? formatTerm('report.findings.moreInJson', { more }, { lang })
                : formatTerm(
                    'report.findings.more',
                    { more, command: moreFindings(group.code) },
                    { lang },
                  )
            }`,
          ]
        : []),
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
