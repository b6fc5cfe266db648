import { text } from '../_internal/Text';
import { choiceOption, stringOption } from '../args/parseCommandArgs';
import { CliError } from '../errors/CliError';
import { writeOutput } from '../output/writeOutput';
import { formatterFor } from '../render/Formatter';
import { renderTextTable } from '../render/renderText';
import { reportTables } from '../render/reportTables';
import { buildReport } from '../report/buildReport';
import type { Command } from './Command';
import { cite } from './cite';
import { AS_OF_OPTION, HELP_OPTION, LANG_OPTION, OUT_OPTION } from './commonOptions';
import { PROJECT_CHECKS } from './projectChecks';
import { asOfOption } from './reportOptions';

/** `khuyencong check FILE`: validation only; exit code 1 when any finding is an error. */
export const checkCommand: Command = {
  name: 'check',
  usage: 'check <tệp.csv|tệp.json ...> [--format table|json] [--out FILE] [--lang vi|en]',
  summary: {
    vi: 'chỉ kiểm tra: bất nhất số liệu, mức hỗ trợ, nguồn kinh phí, điều kiện được hỗ trợ; mã thoát 1 khi có lỗi',
    en: 'validation only: inconsistencies, support limits, funding, eligibility; exit code 1 on any error',
  },
  description: {
    vi: 'Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có phát hiện mức "error", 2 dữ liệu vào hoặc cách dùng sai.',
    en: 'Exit code: 0 no error (warnings allowed), 1 an "error" finding, 2 bad input or usage.',
  },
  options: [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      value: 'table|json',
      help: { vi: 'dạng in ra (mặc định table)', en: 'output format (default table)' },
    },
    OUT_OPTION,
    LANG_OPTION,
    AS_OF_OPTION,
    HELP_OPTION,
  ],
  examples: ['khuyencong check de-an-2024.csv', 'khuyencong check du-lieu.json --format json'],
  run: async (args, io, lang) => {
    if (args.positionals.length === 0) {
      throw new CliError(
        'USAGE',
        text('check: thiếu tệp cần kiểm tra', 'check: the file to check is missing'),
      );
    }
    const format = choiceOption('check', args, 'format', ['table', 'json'] as const, 'table');
    const report = await buildReport(args.positionals, io, {
      asOf: asOfOption('check', args, io),
      lang,
      projectChecks: PROJECT_CHECKS,
    });
    const findings = [...report.inconsistencies, ...report.projectFindings];
    const errors =
      report.inconsistencies.filter((item) => item.finding.severity === 'error').length +
      report.findingCounts.error;
    let output: string;
    if (format === 'json') {
      output = `${JSON.stringify(
        {
          ok: errors === 0,
          errors,
          findings: findings.map((item) => ({
            ...item.finding,
            ...(item.projectId === undefined ? {} : { projectId: item.projectId }),
            ...(item.origin === undefined
              ? {}
              : { file: item.origin.file, line: item.origin.line, path: item.origin.path }),
            ...(item.finding.legalReference === undefined
              ? {}
              : { legalCitation: cite(item.finding.legalReference) }),
            message: item.message[lang],
          })),
          omitted: report.findingsOmitted,
        },
        null,
        2,
      )}\n`;
    } else {
      const f = formatterFor(lang);
      const tables = reportTables(report, f, cite).filter(
        (table) => table.id === 'inconsistencies' || table.id === 'findings',
      );
      const vi = lang === 'vi';
      const verdict =
        errors === 0
          ? vi
            ? 'Không có lỗi.'
            : 'No errors.'
          : vi
            ? `Có ${errors} lỗi.`
            : `${errors} errors.`;
      output = `${tables.map((table) => `${table.title}\n\n${renderTextTable(table)}`).join('\n')}\n${verdict}\n`;
    }
    await writeOutput(io, stringOption(args, 'out'), output);
    return errors > 0 ? 1 : 0;
  },
};
