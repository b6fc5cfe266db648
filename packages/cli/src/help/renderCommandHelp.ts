import { formatTerm, type Language, termOf } from '@khuyencong/i18n-vi';
import type { CommandEntry } from '../commands/COMMANDS';
import type { Command } from '../commands/Command';
import { wrapProse } from '../output/wrapProse';
import { helpLines } from './helpLines';

/** `khuyencong <command> --help`: summary, usage, description, arguments, options, examples. */
export function renderCommandHelp(entry: CommandEntry, command: Command, lang: Language): string {
  const term = (key: Parameters<typeof termOf>[0]) => termOf(key, { lang });
  const lines = [
    `khuyencong ${command.name}: ${term(entry.summary)}`,
    '',
    formatTerm('cli.help.usage', { usage: term(command.usage) }, { lang }),
  ];
  if (command.description !== undefined) lines.push('', term(command.description));
  if (command.positionals.help.length > 0) {
    lines.push(
      '',
      term('cli.help.arguments'),
      ...helpLines(command.positionals.help.map(({ value, help }) => [value, term(help)])),
    );
  }
  lines.push(
    '',
    term('cli.help.options'),
    ...helpLines(
      command.options.map((option) => [
        `${option.short === undefined ? '    ' : `-${option.short}, `}--${option.name}${option.value === undefined ? '' : ` ${option.value}`}`,
        term(option.help),
      ]),
    ),
    '',
    term('cli.help.examples'),
    ...command.examples.map((example) => `  ${example}`),
    '',
  );
  return wrapProse(lines.join('\n'));
}
