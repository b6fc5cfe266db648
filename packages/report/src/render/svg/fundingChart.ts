import type { FundingSource } from '@khuyencong/domain';
import { type Language, termOf } from '@khuyencong/i18n-vi';
import type { FundingSplit } from '../../model/Report';
import type { FigureWriter } from '../FigureWriter';
import { escapeHtml } from '../html/escapeHtml';
import { barWidth } from './barWidth';

const WIDTH = 710;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 26;
const ROW_HEIGHT = 72;

/**
 * @internal One stacked bar per split (inline SVG, no script): each source's share of the total, labelled
 * with its percent where it has room. Empty when no split has a total above 0.
 */
export function fundingChart(
  splits: readonly { readonly label: string; readonly split: FundingSplit }[],
  figures: FigureWriter,
  lang: Language,
): string {
  const shown = splits.filter((item) => BigInt(item.split.total) > 0n);
  if (shown.length === 0) return '';
  const sources = new Set<FundingSource>();
  const rows = shown.map((item, index) => {
    const y = 6 + index * ROW_HEIGHT;
    const total = BigInt(item.split.total);
    let x = 0;
    const segments = item.split.parts.map((part) => {
      sources.add(part.source);
      const w = barWidth(part.amount, total, WIDTH);
      const title = `${figures.fund(part.source)}: ${figures.money(part)} (${figures.percent(part.share)})`;
      const label =
        w > 46
          ? `<text class="seg-label" x="${Math.round((x + w / 2) * 10) / 10}" y="${y + LABEL_HEIGHT + 18}" text-anchor="middle">${escapeHtml(figures.percent(part.share))}</text>`
          : '';
      const source = escapeHtml(part.source);
      const segment = `<rect class="seg seg-${source}" x="${x}" y="${y + LABEL_HEIGHT}" width="${w}" height="${BAR_HEIGHT}" data-source="${source}" data-share="${escapeHtml(part.share)}" data-amount="${escapeHtml(part.amount)}"><title>${escapeHtml(title)}</title></rect>${label}`;
      x = Math.round((x + w) * 10) / 10;
      return segment;
    });
    return `<g class="split-row"><text class="bar-label" x="0" y="${y + 14}">${escapeHtml(`${item.label} — ${figures.money({ amount: item.split.total })}`)}</text>${segments.join('')}</g>`;
  });
  const legendY = shown.length * ROW_HEIGHT + 16;
  let lx = 0;
  const legend = [...sources].map((source) => {
    const label = figures.fund(source);
    const item = `<rect class="seg seg-${escapeHtml(source)}" x="${lx}" y="${legendY - 10}" width="14" height="10"/><text class="legend" x="${lx + 20}" y="${legendY}">${escapeHtml(label)}</text>`;
    lx += 30 + label.length * 7;
    return item;
  });
  return `<svg class="chart chart-funding" viewBox="0 0 ${WIDTH} ${legendY + 8}" role="img" aria-label="${escapeHtml(termOf('report.chart.funding.label', { lang }))}">${rows.join('')}${legend.join('')}</svg>`;
}
