import { parseVnd, readVnd } from '@khuyencong/i18n-vi';
import { OPTIONS } from '../args/OPTIONS';
import { writeStdout } from '../output/writeStdout';
import type { Command } from './Command';

/** `khuyencong words AMOUNT`: an amount in Vietnamese words, for the "Bằng chữ" line. */
export const wordsCommand: Command = {
  name: 'words',
  usage: 'cli.words.usage',
  description: 'cli.words.description',
  positionals: {
    min: 1,
    name: 'cli.argument.amount',
    help: [{ value: 'AMOUNT', help: 'cli.argument.amount' }],
  },
  options: [
    { name: 'exact', type: 'boolean', help: 'cli.words.optionExact' },
    OPTIONS.lang,
    OPTIONS.help,
  ],
  examples: ['khuyencong words 73500000000', 'khuyencong words "1,36 tỷ" --exact'],
  run: async (args, { io }) => {
    const amount = parseVnd(args.positionals.join(' '), { unit: 'dong' });
    await writeStdout(io, `${readVnd(amount.amount, { exact: args.values['exact'] === true })}\n`);
    return 0;
  },
};
