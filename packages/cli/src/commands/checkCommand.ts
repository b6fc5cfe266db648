import { FINDING_CODES, type FindingSeverity } from '@khuyencong/domain';
import { type FindingFilter, renderFindings, selectFindings } from '@khuyencong/report';
import { choiceOption } from '../args/choiceOption';
import { listOption } from '../args/listOption';
import { OPTIONS } from '../args/OPTIONS';
import { stringOption } from '../args/stringOption';
import { cliError } from '../errors/cliError';
import { EXIT_CODES } from '../errors/EXIT_CODES';
import { wrapProse } from '../output/wrapProse';
import { writeOutput } from '../output/writeOutput';
import { buildFromArgs } from '../pipeline/buildFromArgs';
import { commandsOf } from '../pipeline/commandsOf';
import type { Command, ParsedArgs } from './Command';

const MIN_SEVERITY: Readonly<Record<'errors' | 'warnings', FindingSeverity>> = {
  errors: 'error',
  warnings: 'warning',
};

/** `--only` and `--code` as a finding filter; a code no check gives is `INVALID_CHOICE`. */
function filterOf(args: ParsedArgs): FindingFilter {
  const only =
    stringOption(args, 'only') === undefined
      ? undefined
      : choiceOption('check', args, 'only', ['errors', 'warnings'], 'errors');
  const codes = listOption(args, 'code');
  const known = FINDING_CODES as readonly string[];
  const unknown = codes.find((code) => !known.includes(code));
  if (unknown !== undefined) {
    // The codes of the same family (`CELL_…`) when there are some: the whole list is long.
    const family = known.filter((code) => code.split('_')[0] === unknown.split('_')[0]);
    throw cliError('INVALID_CHOICE', `check: no finding has the code ${unknown}.`, {
      command: 'check',
      flag: '--code',
      value: unknown,
      allowed: (family.length > 0 ? family : known).join(', '),
    });
  }
  return {
    ...(only === undefined ? {} : { minSeverity: MIN_SEVERITY[only] }),
    ...(codes.length === 0 ? {} : { codes }),
  };
}

/**
 * `khuyencong check FILE|- ...`: every problem of every row, the inconsistencies of the figures and the
 * checks of every đề án, with no totals; exit code 1 when a finding shown is an error.
 */
export const checkCommand: Command = {
  name: 'check',
  usage: 'cli.check.usage',
  description: 'cli.check.description',
  positionals: {
    min: 1,
    name: 'cli.argument.checkFile',
    help: [
      { value: 'FILE ...', help: 'cli.argument.checkFile' },
      { value: '-', help: 'cli.option.stdin' },
    ],
  },
  options: [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      value: 'table|text|json',
      help: 'cli.option.formatTable',
    },
    { name: 'only', type: 'string', value: 'errors|warnings', help: 'cli.option.only' },
    { name: 'code', type: 'string', multiple: true, value: 'CODE', help: 'cli.option.code' },
    OPTIONS.out,
    OPTIONS.lang,
    OPTIONS.asOf,
    OPTIONS.rules,
    OPTIONS.help,
  ],
  examples: [
    'khuyencong check de-an-2024.csv',
    'khuyencong check de-an-2024.csv --only errors',
    'khuyencong check de-an-2024.csv --code CELL_NOT_AMOUNT --format json',
    'khuyencong check - < du-lieu.json',
  ],
  run: async (args, context) => {
    const { io, lang } = context;
    const format = choiceOption('check', args, 'format', ['table', 'text', 'json'], 'table');
    const filter = filterOf(args);
    const built = await buildFromArgs('check', args, context, filter);
    const shown = selectFindings(built.result, filter);
    const json = format === 'json';
    const rendered = renderFindings(shown, {
      format: json ? 'json' : 'text',
      lang,
      documents: built.documents,
      ...(built.moreFindings === undefined ? {} : { moreFindings: built.moreFindings }),
    });
    const text = json ? rendered : wrapProse(rendered, commandsOf(shown, built.moreFindings));
    await writeOutput(io, stringOption(args, 'out'), text);
    return shown.report.findings.bySeverity.error > 0 ? EXIT_CODES.errorFindings : EXIT_CODES.ok;
  },
};
