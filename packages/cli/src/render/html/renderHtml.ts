import type { IsoDate } from '@khuyencong/domain';
import type { ReportData } from '../../report/ReportData';
import { escapeHtml } from '../escapeHtml';
import type { Formatter } from '../Formatter';
import type { ReportTable } from '../ReportTable';
import { attainmentChart } from '../svg/attainmentChart';
import { fundingChart } from '../svg/fundingChart';
import { htmlTable } from './htmlTable';
import { REPORT_CSS } from './REPORT_CSS';

function card(key: string, value: string, alert = false): string {
  return `<div class="card${alert ? ' alert' : ''}"><div class="k">${escapeHtml(key)}</div><div class="v">${escapeHtml(value)}</div></div>`;
}

function figure(svg: string, caption: string): string {
  return svg === '' ? '' : `<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

/**
 * The report as one self-contained HTML page (inline CSS and SVG, no script, nothing fetched): letterhead,
 * key figures, charts of plan against achievement and of the funding split, then every table.
 */
export function renderHtml(
  report: ReportData,
  tables: readonly ReportTable[],
  f: Formatter,
): string {
  const vi = f.lang === 'vi';
  const errors = report.inconsistencies.filter((item) => item.finding.severity === 'error').length;
  const splits = [
    ...report.reportedSplits.map((item) => ({
      label: `${vi ? 'Báo cáo' : 'Report'}: ${f.scope(item.scope)}, ${f.period(item.year, item.period)}`,
      split: item.split,
    })),
    {
      label: vi
        ? `Danh sách đề án (${report.projects.count} đề án)`
        : `Project list (${report.projects.count} projects)`,
      split: report.projects.funding,
    },
  ];
  const charts: Readonly<Record<string, string>> = {
    attainment: figure(
      attainmentChart(report.attainment, f),
      vi
        ? 'Hình 1. Kế hoạch năm và kết quả thực hiện, kèm tỷ lệ đạt (tính từ số liệu; "(báo cáo)" khi chỉ có tỷ lệ báo cáo).'
        : 'Figure 1. Annual plan and achievement with attainment (computed; "(reported)" when only the printed percent exists).',
    ),
    funding: figure(
      fundingChart(splits, f),
      vi
        ? 'Hình 2. Cơ cấu nguồn kinh phí (tỷ trọng trên tổng các nguồn).'
        : 'Figure 2. Funding split (share of the sum of sources).',
    ),
  };
  const sections = tables.map(
    (table, index) =>
      `<section id="${table.id}"><h2>${index + 1}. ${escapeHtml(table.title)}</h2>${charts[table.id] ?? ''}${htmlTable(table)}</section>`,
  );
  const date = f.date(report.asOf as IsoDate);
  const letterhead = vi
    ? `<div class="letterhead"><div class="agency">Khuyến công<br><small>Báo cáo số liệu</small></div><div class="motto"><strong>Cộng hòa xã hội chủ nghĩa Việt Nam</strong><span>Độc lập - Tự do - Hạnh phúc</span></div></div>`
    : `<div class="letterhead"><div class="agency">Khuyến công<br><small>Data report</small></div></div>`;
  const summary = [
    card(vi ? 'Số đề án' : 'Projects', String(report.projects.count)),
    card(
      vi ? 'Tổng kinh phí đề án' : 'Total project cost',
      f.money({ amount: report.projects.totalCost }),
    ),
    card(
      vi ? 'Bất nhất số liệu' : 'Inconsistencies',
      `${report.inconsistencies.length} (${errors} ${vi ? 'lỗi' : 'errors'})`,
      errors > 0,
    ),
    card(
      vi ? 'Phát hiện theo đề án' : 'Project findings',
      `${report.findingCounts.error} ${vi ? 'lỗi' : 'errors'} · ${report.findingCounts.warning} ${vi ? 'cảnh báo' : 'warnings'}`,
      report.findingCounts.error > 0,
    ),
  ].join('');
  return `<!doctype html>
<html lang="${f.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(vi ? `${report.title} — ${date}` : `Khuyến công report — ${date}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${letterhead}
<h1>${escapeHtml(vi ? report.title : 'Khuyến công report')}</h1>
<p class="subtitle">${escapeHtml(vi ? `Số liệu đến ngày ${date}` : `Figures as of ${date}`)}</p>
<p class="sources">${escapeHtml(`${vi ? 'Nguồn dữ liệu' : 'Data'}: ${report.sources.join('; ')}`)}</p>
<div class="summary">${summary}</div>
${sections.join('\n')}
<footer><div>${escapeHtml(vi ? `Lập bằng khuyencong ngày ${date}. Số tiền tính chính xác đến đồng; tỷ lệ làm tròn 2 chữ số thập phân.` : `Made with khuyencong on ${date}. Amounts exact to the đồng; percents rounded to 2 decimals.`)}</div><div class="sign"><strong>${vi ? 'Người lập báo cáo' : 'Prepared by'}</strong>&nbsp;</div></footer>
</main>
</body>
</html>
`;
}
