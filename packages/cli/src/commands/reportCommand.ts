import type { Lang } from '../_internal/Text';
import { choiceOption, stringOption } from '../args/parseCommandArgs';
import { writeOutput } from '../output/writeOutput';
import { formatterFor } from '../render/Formatter';
import { renderHtml } from '../render/html/renderHtml';
import { rawFormatter } from '../render/rawFormatter';
import { renderCsv } from '../render/renderCsv';
import { renderText } from '../render/renderText';
import { reportTables } from '../render/reportTables';
import { buildReport } from '../report/buildReport';
import type { ReportData } from '../report/ReportData';
import type { Command } from './Command';
import { cite } from './cite';
import { AS_OF_OPTION, HELP_OPTION, LANG_OPTION, OUT_OPTION } from './commonOptions';
import { PROJECT_CHECKS } from './projectChecks';
import { asOfOption } from './reportOptions';

const FORMATS = ['table', 'json', 'csv', 'html'] as const;

/**
 * Renders a report in one of the formats of `khuyencong report`: `table` (text), `json` (the
 * {@link ReportData}), `csv` (every table, raw amounts in đồng, UTF-8 with BOM) or `html` (one
 * self-contained page with SVG charts).
 *
 * @param report - what {@link ReportBuilder} built.
 * @param format - `table`, `json`, `csv` or `html`.
 * @param lang - `vi` or `en`.
 * @returns the whole output.
 * @category Report
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * import { ReportBuilder, datasetRecords, renderReport } from '@khuyencong/cli';
 * const builder = new ReportBuilder({ asOf: '2024-10-01' });
 * for (const record of datasetRecords(SEED_DATASET, 'seed')) builder.add(record);
 * const html = renderReport(builder.build(), 'html', 'vi');
 * [html.startsWith('<!doctype html>'), html.includes('<svg class="chart chart-attainment"'), html.includes('http://') && !html.includes('xmlns="http://www.w3.org/2000/svg"')]
 * //=> [true, true, false]
 * ```
 */
export function renderReport(
  report: ReportData,
  format: (typeof FORMATS)[number],
  lang: Lang,
): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'csv') return renderCsv(reportTables(report, rawFormatter(lang)));
  const f = formatterFor(lang);
  const tables = reportTables(report, f, cite);
  return format === 'html' ? renderHtml(report, tables, f) : renderText(report, tables, f);
}

/** `khuyencong report`: plan against achievement, funding split, projects, inconsistencies and findings. */
export const reportCommand: Command = {
  name: 'report',
  usage:
    'report [tệp.csv|tệp.json ...] [--format table|json|csv|html] [--out FILE] [--lang vi|en] [--as-of YYYY-MM-DD]',
  summary: {
    vi: 'báo cáo kế hoạch và thực hiện, cơ cấu nguồn vốn, đề án, bất nhất số liệu và mức hỗ trợ',
    en: 'plan vs achievement, funding split, projects, inconsistencies and support findings',
  },
  description: {
    vi: 'Đọc danh sách đề án hoặc dòng kế hoạch/báo cáo từ CSV (UTF-8, có hoặc không BOM; dấu , hoặc ;; tiêu đề tiếng Việt như xuất từ Excel hoặc tên trường tiếng Anh) hoặc JSON. Không có tệp: dùng bộ dữ liệu mẫu miền Trung - Tây Nguyên 2023 và 9 tháng 2024.',
    en: 'Reads projects or plan/report lines from CSV (UTF-8 with or without BOM; , or ; separated; Vietnamese headers as exported from Excel, or English field names) or JSON. Without a file: the bundled Central and Central Highlands dataset (2023 and 9 months of 2024).',
  },
  options: [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      value: FORMATS.join('|'),
      help: { vi: 'dạng in ra (mặc định table)', en: 'output format (default table)' },
    },
    OUT_OPTION,
    LANG_OPTION,
    AS_OF_OPTION,
    HELP_OPTION,
  ],
  examples: [
    'khuyencong report',
    'khuyencong report --format html --out bao-cao.html',
    'khuyencong report de-an-2024.csv ke-hoach-2024.csv --as-of 2024-10-01',
    'khuyencong report du-lieu.json --format json --lang en',
  ],
  run: async (args, io, lang) => {
    const format = choiceOption('report', args, 'format', FORMATS, 'table');
    const report = await buildReport(args.positionals, io, {
      asOf: asOfOption('report', args, io),
      lang,
      projectChecks: PROJECT_CHECKS,
    });
    await writeOutput(io, stringOption(args, 'out'), renderReport(report, format, lang));
    return 0;
  },
};
