import { formatTerm, type Language, termOf } from '@khuyencong/i18n-vi';
import { COMMANDS } from '../commands/COMMANDS';
import { wrapProse } from '../output/wrapProse';
import { VERSION } from '../VERSION';
import { helpLines } from './helpLines';

const EXAMPLES = [
  'khuyencong report',
  'khuyencong report --format html --out bao-cao.html',
  'khuyencong check de-an.csv',
  'khuyencong support --activity machinery --cost "1,36 tỷ"',
  'khuyencong words 73500000000',
  'khuyencong parse "hơn 9 tỷ đồng"',
];

/** `khuyencong --help`: the commands with their summaries, the global options, examples, exit codes. */
export function renderMainHelp(lang: Language): string {
  const term = (key: Parameters<typeof termOf>[0]) => termOf(key, { lang });
  const text = [
    formatTerm('cli.main.title', { version: VERSION }, { lang }),
    '',
    term('cli.main.usage'),
    '',
    term('cli.main.commands'),
    ...helpLines(COMMANDS.map((command) => [command.name, term(command.summary)])),
    '',
    term('cli.main.globalOptions'),
    ...helpLines([
      ['--help, -h', term('cli.main.helpOption')],
      ['--version', term('cli.main.versionOption')],
      ['--lang vi|en', term('cli.main.langOption')],
    ]),
    '',
    term('cli.help.examples'),
    ...EXAMPLES.map((example) => `  ${example}`),
    '',
    term('cli.main.exitCodes'),
    '',
  ].join('\n');
  return wrapProse(text);
}
