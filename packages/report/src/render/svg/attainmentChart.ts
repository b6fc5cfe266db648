import { formatTerm, type Language, termOf } from '@khuyencong/i18n-vi';
import type { AttainmentRow } from '../../model/Report';
import type { FigureWriter } from '../FigureWriter';
import { escapeHtml } from '../html/escapeHtml';
import { barWidth } from './barWidth';

// Labels sit above their bars so that long Vietnamese names are never cut, on a phone as on paper.
const BAR_AREA = 470;
const VALUE_WIDTH = 230;
const ROW_HEIGHT = 62;

/**
 * @internal A horizontal bar chart of plan against achievement (inline SVG, no script): for each row a plan
 * bar (light; dashed when the plan is only implied by the printed percent) and an achievement bar with its
 * amount and attainment percent. Empty when no row has a figure.
 */
export function attainmentChart(
  rows: readonly AttainmentRow[],
  figures: FigureWriter,
  lang: Language,
): string {
  const term = (key: Parameters<typeof termOf>[0]): string => termOf(key, { lang });
  const shown = rows.filter((row) => row.achieved !== undefined || row.planned !== undefined);
  if (shown.length === 0) return '';
  const planOf = (row: AttainmentRow): string | undefined =>
    row.planned?.amount ?? row.impliedPlan?.min;
  const max = shown.reduce((best, row) => {
    const values = [planOf(row), row.achieved?.amount].filter((value) => value !== undefined);
    return values.reduce((m, value) => (BigInt(value) > m ? BigInt(value) : m), best);
  }, 0n);
  const width = BAR_AREA + VALUE_WIDTH;
  const height = shown.length * ROW_HEIGHT + 30;
  const bars = shown.map((row, index) => {
    const y = 8 + index * ROW_HEIGHT;
    const label = `${figures.scope(row.scope)} · ${figures.period(row.year, row.period)}${row.fund === undefined ? '' : ` · ${figures.fund(row.fund)}`}`;
    const plan = planOf(row);
    const implied = row.planned === undefined && plan !== undefined;
    const planWidth = plan === undefined ? 0 : barWidth(plan, max, BAR_AREA);
    const planTitle = implied
      ? `${term('report.chart.attainment.impliedPlan')}: ${row.impliedPlan === undefined ? '' : figures.impliedPlan(row.impliedPlan)}`
      : `${term('report.chart.attainment.plan')}: ${figures.money(row.planned)}`;
    const planBar =
      plan === undefined
        ? ''
        : `<rect class="bar bar-plan${implied ? ' bar-implied' : ''}" x="0" y="${y + 18}" width="${planWidth}" height="16" data-label="${escapeHtml(label)}" data-amount="${escapeHtml(plan)}"><title>${escapeHtml(planTitle)}</title></rect>`;
    const achieved = row.achieved;
    const doneWidth = achieved === undefined ? 0 : barWidth(achieved.amount, max, BAR_AREA);
    const doneBar =
      achieved === undefined
        ? ''
        : `<rect class="bar bar-achieved" x="0" y="${y + 36}" width="${doneWidth}" height="16" data-label="${escapeHtml(label)}" data-amount="${escapeHtml(achieved.amount)}"${row.percent === undefined ? '' : ` data-percent="${escapeHtml(row.percent)}"`}><title>${escapeHtml(`${term('report.chart.attainment.achieved')}: ${figures.money(achieved)}`)}</title></rect>`;
    const percent =
      row.percent !== undefined
        ? figures.percent(row.percent)
        : row.reportedPercent === undefined
          ? ''
          : formatTerm(
              'report.chart.attainment.reportedPercent',
              { percent: row.reportedPercent },
              { lang },
            );
    const value = [
      achieved === undefined
        ? term('report.chart.attainment.notReported')
        : figures.money(achieved),
      percent,
    ]
      .filter((part) => part !== '')
      .join(' · ');
    return [
      '<g class="bar-row">',
      `<text class="bar-label" x="0" y="${y + 12}">${escapeHtml(label)}</text>`,
      planBar,
      doneBar,
      `<text class="bar-value" x="${Math.max(doneWidth, planWidth) + 6}" y="${y + 49}">${escapeHtml(value)}</text>`,
      '</g>',
    ].join('');
  });
  const legendY = height - 14;
  const legend = [
    `<rect class="bar-plan" x="0" y="${legendY - 10}" width="14" height="10"/>`,
    `<text class="legend" x="20" y="${legendY}">${escapeHtml(term('report.chart.attainment.legendPlan'))}</text>`,
    `<rect class="bar-plan bar-implied" x="150" y="${legendY - 10}" width="14" height="10"/>`,
    `<text class="legend" x="170" y="${legendY}">${escapeHtml(term('report.chart.attainment.legendImpliedPlan'))}</text>`,
    `<rect class="bar-achieved" x="380" y="${legendY - 10}" width="14" height="10"/>`,
    `<text class="legend" x="400" y="${legendY}">${escapeHtml(term('report.chart.attainment.legendAchieved'))}</text>`,
  ].join('');
  return `<svg class="chart chart-attainment" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(term('report.chart.attainment.label'))}">${bars.join('')}${legend}</svg>`;
}
