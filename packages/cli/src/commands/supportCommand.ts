import { computeSupport } from '@khuyencong/calc';
import { type Activity, provinceOn, toIsoDate } from '@khuyencong/domain';
import {
  formatLegalReference,
  formatPercent,
  formatVnd,
  parseVnd,
  readVnd,
} from '@khuyencong/i18n-vi';
import { matchCode } from '../_internal/matchCode';
import { text } from '../_internal/Text';
import { choiceOption, type ParsedArgs, stringOption } from '../args/parseCommandArgs';
import { CliError } from '../errors/CliError';
import type { Command } from './Command';
import { HELP_OPTION, LANG_OPTION, TEXT_OR_JSON_OPTION } from './commonOptions';

function required(args: ParsedArgs, name: string): string {
  const value = stringOption(args, name);
  if (value === undefined || value.trim() === '') {
    throw new CliError('USAGE', text(`support: thiếu --${name}`, `support: --${name} is missing`));
  }
  return value;
}

function activityOf(value: string): Activity {
  const match = matchCode('activity', value);
  if (match.code !== undefined) return match.code;
  const candidates = 'candidates' in match ? match.candidates : [];
  throw new CliError(
    'USAGE',
    text(
      `support: --activity "${value}" không rõ; dùng một trong: ${candidates.join(', ')}`,
      `support: unknown --activity "${value}"; use one of: ${candidates.join(', ')}`,
    ),
  );
}

/** `khuyencong support`: the support limit of an activity, the binding limit and its legal basis. */
export const supportCommand: Command = {
  name: 'support',
  usage:
    'support --activity <nội dung> --cost <chi phí> [--fund national|local] [--date YYYY-MM-DD] [--province <tỉnh>]',
  summary: {
    vi: 'mức hỗ trợ tối đa của một nội dung khuyến công, giới hạn nào quyết định và căn cứ pháp lý',
    en: 'the support limit of an activity, which limit binds, and its legal reference',
  },
  options: [
    {
      name: 'activity',
      short: 'a',
      type: 'string',
      value: 'CODE',
      help: {
        vi: 'nội dung (mã hoặc tên, VD machinery, "máy móc")',
        en: 'activity (code or Vietnamese name, e.g. machinery)',
      },
    },
    {
      name: 'cost',
      short: 'c',
      type: 'string',
      value: 'AMOUNT',
      help: {
        vi: 'chi phí được hỗ trợ ("1,36 tỷ", "1360000000")',
        en: 'eligible cost ("1,36 tỷ", "1360000000")',
      },
    },
    {
      name: 'requested',
      type: 'string',
      value: 'AMOUNT',
      help: { vi: 'số tiền đề nghị hỗ trợ', en: 'the support requested' },
    },
    {
      name: 'fund',
      type: 'string',
      value: 'national|local',
      help: { vi: 'nguồn kinh phí (mặc định national)', en: 'fund (default national)' },
    },
    {
      name: 'date',
      type: 'string',
      value: 'YYYY-MM-DD',
      help: {
        vi: 'ngày phê duyệt, chọn văn bản áp dụng (mặc định hôm nay)',
        en: 'approval date, selects the rules in force (default today)',
      },
    },
    {
      name: 'province',
      type: 'string',
      value: 'NAME',
      help: { vi: 'tỉnh/thành phố, cho kinh phí địa phương', en: 'province, for local funds' },
    },
    {
      name: 'variant',
      type: 'string',
      value: 'NAME',
      help: {
        vi: 'mức cụ thể khi nội dung có nhiều mức',
        en: 'variant when the activity has several limits',
      },
    },
    {
      name: 'technology-line',
      type: 'boolean',
      help: { vi: 'dây chuyền công nghệ (×1,5 mức trần)', en: 'a technology line (×1.5 cap)' },
    },
    TEXT_OR_JSON_OPTION,
    LANG_OPTION,
    HELP_OPTION,
  ],
  examples: [
    'khuyencong support --activity machinery --cost "1,36 tỷ"',
    'khuyencong support --activity "mô hình trình diễn" --cost 899000000 --date 2024-05-01',
    'khuyencong support --activity machinery --cost "2 tỷ" --technology-line --format json',
  ],
  run: async (args, io, lang) => {
    const activity = activityOf(required(args, 'activity'));
    const cost = parseVnd(required(args, 'cost'), { unit: 'dong' }).amount;
    const requestedText = stringOption(args, 'requested');
    const fund = choiceOption('support', args, 'fund', ['national', 'local'] as const, 'national');
    const date = toIsoDate(stringOption(args, 'date') ?? new Date());
    const provinceName = stringOption(args, 'province');
    const province = provinceName === undefined ? undefined : provinceOn(provinceName, date);
    if (provinceName !== undefined && province === undefined) {
      throw new CliError(
        'USAGE',
        text(
          `support: không có tỉnh "${provinceName}" vào ngày ${date}`,
          `support: no province "${provinceName}" on ${date}`,
        ),
      );
    }
    const variant = stringOption(args, 'variant');
    const result = computeSupport({
      activity,
      eligibleCost: cost,
      fund,
      date,
      ...(province === undefined ? {} : { province: province.id }),
      ...(variant === undefined ? {} : { variant }),
      ...(requestedText === undefined
        ? {}
        : { requested: parseVnd(requestedText, { unit: 'dong' }).amount }),
      ...(args.values['technology-line'] === true ? { modifiers: ['technology-line'] } : {}),
    });
    const format = choiceOption('support', args, 'format', ['text', 'json'] as const, 'text');
    const reference = formatLegalReference(result.legalReference);
    if (format === 'json') {
      io.stdout(
        `${JSON.stringify({ activity, eligibleCost: cost, fund, date, ...result, legalCitation: reference }, null, 2)}\n`,
      );
      return 0;
    }
    const vi = lang === 'vi';
    const binding = {
      cap: vi
        ? `mức trần ${formatVnd(result.capLimit ?? '0')}`
        : `the cap of ${formatVnd(result.capLimit ?? '0')}`,
      rate: vi
        ? `tỷ lệ tối đa ${formatPercent(result.maxRatePercent)} chi phí`
        : `the maximum rate of ${formatPercent(result.maxRatePercent)} of cost`,
      requested: vi ? 'số tiền đề nghị' : 'the amount requested',
    }[result.binding];
    const lines = vi
      ? [
          `Mức hỗ trợ:        ${formatVnd(result.amount)} (${formatVnd(result.amount, { unit: 'auto' })})`,
          `Bằng chữ:          ${readVnd(result.amount)}`,
          `Giới hạn áp dụng:  ${binding}`,
          `Theo tỷ lệ:        ${formatPercent(result.maxRatePercent)} × ${formatVnd(cost)} = ${formatVnd(result.rateLimit)}`,
          `Mức trần:          ${result.capLimit === null ? 'không có' : formatVnd(result.capLimit)}`,
          `Căn cứ:            ${reference} (bộ quy định ${result.ruleSetId}; nguồn: ${result.confidence.basis}, độ tin cậy ${result.confidence.level})`,
        ]
      : [
          `Support:        ${formatVnd(result.amount)} (${formatVnd(result.amount, { unit: 'auto' })})`,
          `In words:       ${readVnd(result.amount)}`,
          `Binding limit:  ${binding}`,
          `Rate limit:     ${formatPercent(result.maxRatePercent)} × ${formatVnd(cost)} = ${formatVnd(result.rateLimit)}`,
          `Cap:            ${result.capLimit === null ? 'none' : formatVnd(result.capLimit)}`,
          `Legal basis:    ${reference} (rule set ${result.ruleSetId}; source: ${result.confidence.basis}, confidence ${result.confidence.level})`,
        ];
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
