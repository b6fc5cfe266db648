import { parseVnd, readVnd } from '@khuyencong/i18n-vi';
import { text } from '../_internal/Text';
import { CliError } from '../errors/CliError';
import type { Command } from './Command';
import { HELP_OPTION, LANG_OPTION } from './commonOptions';

/** `khuyencong words AMOUNT`: an amount in Vietnamese words, for the "Bằng chữ" line. */
export const wordsCommand: Command = {
  name: 'words',
  usage: 'words <số tiền | amount> [--exact]',
  summary: {
    vi: 'đọc số tiền bằng chữ (dòng "Bằng chữ" của quyết định, chứng từ)',
    en: 'an amount in Vietnamese words (the "Bằng chữ" line of a decision or voucher)',
  },
  description: {
    vi: 'Số tiền viết bằng số đồng ("73500000000", "73.500.000.000") hoặc có đơn vị ("73,5 tỷ").',
    en: 'The amount in đồng ("73500000000", "73.500.000.000") or with a unit ("73,5 tỷ").',
  },
  options: [
    {
      name: 'exact',
      type: 'boolean',
      help: { vi: 'thêm "chẵn" ở cuối', en: 'end with "chẵn" (exactly)' },
    },
    LANG_OPTION,
    HELP_OPTION,
  ],
  examples: ['khuyencong words 73500000000', 'khuyencong words "1,36 tỷ" --exact'],
  run: async (args, io) => {
    const input = args.positionals.join(' ').trim();
    if (input === '') {
      throw new CliError('USAGE', text('words: thiếu số tiền', 'words: the amount is missing'));
    }
    const amount = parseVnd(input, { unit: 'dong' });
    io.stdout(`${readVnd(amount.amount, { exact: args.values['exact'] === true })}\n`);
    return 0;
  },
};
