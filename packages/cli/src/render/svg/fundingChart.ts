import type { FundingSource } from '@khuyencong/domain';
import type { FundingSplit } from '../../report/ReportData';
import { escapeHtml } from '../escapeHtml';
import type { Formatter } from '../Formatter';
import { barWidth } from './barWidth';

const WIDTH = 710;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 26;
const ROW_HEIGHT = 72;

/** One stacked bar per split: each source's share of the total, labelled with its percent. */
export function fundingChart(
  splits: readonly { readonly label: string; readonly split: FundingSplit }[],
  f: Formatter,
): string {
  const vi = f.lang === 'vi';
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
      const segment = `<rect class="seg seg-${part.source}" x="${x}" y="${y + LABEL_HEIGHT}" width="${w}" height="${BAR_HEIGHT}" data-source="${part.source}" data-share="${part.share}" data-amount="${part.amount}"><title>${escapeHtml(`${f.fund(part.source)}: ${f.money(part)} (${f.percent(part.share)})`)}</title></rect>${
        w > 46
          ? `<text class="seg-label" x="${x + w / 2}" y="${y + LABEL_HEIGHT + 18}" text-anchor="middle">${escapeHtml(f.percent(part.share))}</text>`
          : ''
      }`;
      x += w;
      return segment;
    });
    return `<g class="split-row"><text class="bar-label" x="0" y="${y + 14}">${escapeHtml(item.label)} — ${escapeHtml(f.money({ amount: item.split.total }))}</text>${segments.join('')}</g>`;
  });
  const legendY = shown.length * ROW_HEIGHT + 16;
  let lx = 0;
  const legend = [...sources].map((source) => {
    const label = f.fund(source);
    const item = `<rect class="seg seg-${source}" x="${lx}" y="${legendY - 10}" width="14" height="10"/><text class="legend" x="${lx + 20}" y="${legendY}">${escapeHtml(label)}</text>`;
    lx += 30 + label.length * 7;
    return item;
  });
  return `<svg class="chart chart-funding" viewBox="0 0 ${WIDTH} ${legendY + 8}" role="img" aria-label="${vi ? 'Biểu đồ cơ cấu nguồn kinh phí' : 'Funding split chart'}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}${legend.join('')}</svg>`;
}
