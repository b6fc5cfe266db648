import type { AttainmentRow } from '../../report/ReportData';
import { escapeHtml } from '../escapeHtml';
import type { Formatter } from '../Formatter';
import { barWidth } from './barWidth';

// Labels sit above their bars so that long Vietnamese names are never cut, on a phone as on paper.
const LABEL_WIDTH = 0;
const BAR_AREA = 470;
const VALUE_WIDTH = 230;
const ROW_HEIGHT = 62;

/**
 * A horizontal bar chart of plan against achievement: for each row a plan bar (light; dashed when the plan
 * is only implied by the printed percent) and an achievement bar with its amount and attainment percent.
 */
export function attainmentChart(rows: readonly AttainmentRow[], f: Formatter): string {
  const vi = f.lang === 'vi';
  const shown = rows.filter((row) => row.achieved !== undefined || row.planned !== undefined);
  if (shown.length === 0) return '';
  const planOf = (row: AttainmentRow) => row.planned?.amount ?? row.impliedPlan?.min;
  const max = shown.reduce((best, row) => {
    const values = [planOf(row), row.achieved?.amount].filter((value) => value !== undefined);
    return values.reduce((m, value) => (BigInt(value) > m ? BigInt(value) : m), best);
  }, 0n);
  const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
  const height = shown.length * ROW_HEIGHT + 30;
  const bars = shown.map((row, index) => {
    const y = 8 + index * ROW_HEIGHT;
    const label = `${f.scope(row.scope)} · ${f.period(row.year, row.period)}${row.fund === undefined ? '' : ` · ${f.fund(row.fund)}`}`;
    const plan = planOf(row);
    const implied = row.planned === undefined && plan !== undefined;
    const planBar =
      plan === undefined
        ? ''
        : `<rect class="bar bar-plan${implied ? ' bar-implied' : ''}" x="${LABEL_WIDTH}" y="${y + 18}" width="${barWidth(plan, max, BAR_AREA)}" height="16" data-label="${escapeHtml(label)}" data-amount="${plan}"><title>${escapeHtml(`${implied ? (vi ? 'Kế hoạch suy ra' : 'Implied plan') : vi ? 'Kế hoạch' : 'Plan'}: ${f.money({ amount: plan as `${bigint}` })}`)}</title></rect>`;
    const achieved = row.achieved;
    const doneWidth = achieved === undefined ? 0 : barWidth(achieved.amount, max, BAR_AREA);
    const doneBar =
      achieved === undefined
        ? ''
        : `<rect class="bar bar-achieved" x="${LABEL_WIDTH}" y="${y + 36}" width="${doneWidth}" height="16" data-label="${escapeHtml(label)}" data-amount="${achieved.amount}"${row.percent === undefined ? '' : ` data-percent="${row.percent}"`}><title>${escapeHtml(`${vi ? 'Thực hiện' : 'Achieved'}: ${f.money(achieved)}`)}</title></rect>`;
    const percent =
      row.percent ?? (row.reportedPercent === undefined ? undefined : row.reportedPercent);
    const value = [
      achieved === undefined ? (vi ? 'chưa báo cáo' : 'not reported') : f.money(achieved),
      percent === undefined
        ? ''
        : `${f.percent(percent)}${row.percent === undefined ? (vi ? ' (báo cáo)' : ' (reported)') : ''}`,
    ]
      .filter(Boolean)
      .join(' · ');
    return [
      `<g class="bar-row">`,
      `<text class="bar-label" x="0" y="${y + 12}">${escapeHtml(label)}</text>`,
      planBar,
      doneBar,
      `<text class="bar-value" x="${LABEL_WIDTH + Math.max(doneWidth, plan === undefined ? 0 : barWidth(plan, max, BAR_AREA)) + 6}" y="${y + 49}">${escapeHtml(value)}</text>`,
      `</g>`,
    ].join('');
  });
  const legendY = height - 14;
  const legend = [
    `<rect class="bar-plan" x="${LABEL_WIDTH}" y="${legendY - 10}" width="14" height="10"/>`,
    `<text class="legend" x="${LABEL_WIDTH + 20}" y="${legendY}">${vi ? 'Kế hoạch năm' : 'Annual plan'}</text>`,
    `<rect class="bar-plan bar-implied" x="${LABEL_WIDTH + 120}" y="${legendY - 10}" width="14" height="10"/>`,
    `<text class="legend" x="${LABEL_WIDTH + 140}" y="${legendY}">${vi ? 'Kế hoạch suy ra từ tỷ lệ' : 'Plan implied by the percent'}</text>`,
    `<rect class="bar-achieved" x="${LABEL_WIDTH + 320}" y="${legendY - 10}" width="14" height="10"/>`,
    `<text class="legend" x="${LABEL_WIDTH + 340}" y="${legendY}">${vi ? 'Thực hiện' : 'Achieved'}</text>`,
  ].join('');
  return `<svg class="chart chart-attainment" viewBox="0 0 ${width} ${height}" role="img" aria-label="${vi ? 'Biểu đồ kế hoạch và thực hiện' : 'Plan and achievement chart'}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}${legend}</svg>`;
}
