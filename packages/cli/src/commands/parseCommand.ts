import { formatTerm, parseVnd, readVnd } from '@khuyencong/i18n-vi';
import { jsonText, terminalText } from '@khuyencong/internal';
import { choiceOption } from '../args/choiceOption';
import { OPTIONS } from '../args/OPTIONS';
import { writeStdout } from '../output/writeStdout';
import type { Command } from './Command';

/** `khuyencong parse TEXT`: reads an amount as reports print it ("hơn 9 tỷ đồng") into whole đồng. */
export const parseCommand: Command = {
  name: 'parse',
  usage: 'cli.parse.usage',
  positionals: {
    min: 1,
    name: 'cli.argument.amount',
    help: [{ value: 'TEXT', help: 'cli.argument.amount' }],
  },
  options: [OPTIONS.textOrJson, OPTIONS.lang, OPTIONS.help],
  examples: ['khuyencong parse "hơn 9 tỷ đồng"', 'khuyencong parse "gần 8 tỷ" --format json'],
  run: async (args, { io, lang }) => {
    const format = choiceOption('parse', args, 'format', ['text', 'json'], 'text');
    const amount = parseVnd(args.positionals.join(' '));
    if (format === 'json') {
      await writeStdout(io, `${jsonText(JSON.stringify(amount, null, 2))}\n`);
      return 0;
    }
    const words = readVnd(amount.amount);
    const lines = [
      formatTerm('cli.parse.amount', { amount: amount.amount }, { lang }),
      ...(amount.qualifier === undefined
        ? []
        : [formatTerm('cli.parse.qualifier', { qualifier: amount.qualifier }, { lang })]),
      formatTerm('cli.parse.words', { words }, { lang }),
    ];
    await writeStdout(io, terminalText(`${lines.join('\n')}\n`));
    return 0;
  },
};
