import { isKhuyenCongError } from '@khuyencong/domain';
import { renderFindings, renderReport, selectFindings } from '@khuyencong/report';
import { choiceOption } from '../args/choiceOption';
import { OPTIONS } from '../args/OPTIONS';
import { stringOption } from '../args/stringOption';
import { wrapProse } from '../output/wrapProse';
import { writeOutput } from '../output/writeOutput';
import { writeStderr } from '../output/writeStderr';
import { buildFromArgs } from '../pipeline/buildFromArgs';
import { commandsOf } from '../pipeline/commandsOf';
import type { Command } from './Command';

const FORMATS = ['table', 'text', 'json', 'csv', 'html'] as const;

/**
 * `khuyencong report [FILE|- ...]`: plan against achievement, funding split, projects, and every finding.
 * Totals over rejected rows are refused (exit 2, nothing written) unless `--skip-invalid` is given: the
 * problems of the rows go to standard error, then the `ROWS_REJECTED` message.
 */
export const reportCommand: Command = {
  name: 'report',
  usage: 'cli.report.usage',
  description: 'cli.report.description',
  positionals: {
    min: 0,
    help: [
      { value: 'FILE ...', help: 'cli.argument.reportFiles' },
      { value: '-', help: 'cli.option.stdin' },
    ],
  },
  options: [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      value: FORMATS.join('|'),
      help: 'cli.option.formatTable',
    },
    OPTIONS.out,
    OPTIONS.lang,
    OPTIONS.asOf,
    OPTIONS.rules,
    { name: 'skip-invalid', type: 'boolean', help: 'cli.option.skipInvalid' },
    OPTIONS.help,
  ],
  examples: [
    'khuyencong report',
    'khuyencong report --format html --out bao-cao.html',
    'khuyencong report de-an-2024.csv ke-hoach-2024.csv --as-of 2024-10-01',
    'khuyencong report de-an.csv --skip-invalid',
    'cat du-lieu.json | khuyencong report - --format json --lang en',
  ],
  run: async (args, context) => {
    const { io, lang } = context;
    const chosen = choiceOption('report', args, 'format', FORMATS, 'table');
    const format = chosen === 'table' ? 'text' : chosen;
    const skipInvalid = args.values['skip-invalid'] === true;
    const { result, documents, moreFindings } = await buildFromArgs('report', args, context);
    const options = { lang, documents, ...(moreFindings === undefined ? {} : { moreFindings }) };
    let output: string;
    try {
      const rendered = renderReport(result, { format, skipInvalid, ...options });
      output = format === 'text' ? wrapProse(rendered, commandsOf(result, moreFindings)) : rendered;
    } catch (error) {
      if (isKhuyenCongError(error) && error.code === 'ROWS_REJECTED') {
        const problems = selectFindings(result, { minSeverity: 'error' }, { counts: 'all' });
        const text = renderFindings(problems, { format: 'text', ...options });
        await writeStderr(io, wrapProse(text, commandsOf(problems, moreFindings)));
      }
      throw error;
    }
    await writeOutput(io, stringOption(args, 'out'), output);
    return 0;
  },
};
