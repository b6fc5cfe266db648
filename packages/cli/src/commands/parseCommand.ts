import { formatVnd, labelOf, parseVnd, readVnd } from '@khuyencong/i18n-vi';
import { text } from '../_internal/Text';
import { choiceOption } from '../args/parseCommandArgs';
import { CliError } from '../errors/CliError';
import type { Command } from './Command';
import { HELP_OPTION, LANG_OPTION, TEXT_OR_JSON_OPTION } from './commonOptions';

/** `khuyencong parse TEXT`: reads an amount as reports print it. */
export const parseCommand: Command = {
  name: 'parse',
  usage: 'parse "<số tiền như trong báo cáo>" [--format text|json]',
  summary: {
    vi: 'đọc số tiền như báo cáo in ("hơn 9 tỷ đồng") thành số đồng',
    en: 'read an amount as reports print it ("hơn 9 tỷ đồng") into whole đồng',
  },
  options: [TEXT_OR_JSON_OPTION, LANG_OPTION, HELP_OPTION],
  examples: ['khuyencong parse "hơn 9 tỷ đồng"', 'khuyencong parse "gần 8 tỷ" --format json'],
  run: async (args, io, lang) => {
    const input = args.positionals.join(' ').trim();
    if (input === '')
      throw new CliError('USAGE', text('parse: thiếu số tiền', 'parse: the amount is missing'));
    const format = choiceOption('parse', args, 'format', ['text', 'json'] as const, 'text');
    const amount = parseVnd(input);
    if (format === 'json') {
      io.stdout(`${JSON.stringify(amount, null, 2)}\n`);
      return 0;
    }
    const vi = lang === 'vi';
    const lines = [
      `${vi ? 'Số tiền' : 'Amount'}:   ${amount.amount} (${formatVnd(amount.amount)})`,
      ...(amount.qualifier === undefined
        ? []
        : [
            `${vi ? 'Ước lượng' : 'Qualifier'}: ${amount.qualifier} (${labelOf('amountQualifier', amount.qualifier)})`,
          ]),
      `${vi ? 'Bằng chữ' : 'In words'}:  ${readVnd(amount.amount)}`,
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
