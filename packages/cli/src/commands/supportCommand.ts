import { computeSupport } from '@khuyencong/calc';
import { KhuyenCongError, provinceOn, toIsoDate } from '@khuyencong/domain';
import { formatLegalReference, formatTerm, parseVnd, readVnd, termOf } from '@khuyencong/i18n-vi';
import { jsonText, terminalText } from '@khuyencong/internal';
import { choiceOption } from '../args/choiceOption';
import { listOption } from '../args/listOption';
import { OPTIONS } from '../args/OPTIONS';
import { stringOption } from '../args/stringOption';
import { cliError } from '../errors/cliError';
import { wrapProse } from '../output/wrapProse';
import { writeStdout } from '../output/writeStdout';
import { activityOf } from './activityOf';
import type { Command, ParsedArgs } from './Command';

function required(args: ParsedArgs, name: string): string {
  const value = stringOption(args, name);
  if (value !== undefined && value.trim() !== '') return value;
  throw cliError('MISSING_ARGUMENT', `support: --${name} is missing.`, {
    command: 'support',
    argument: `--${name}`,
  });
}

function provinceIdOf(name: string | undefined, date: string): string | undefined {
  if (name === undefined) return undefined;
  const province = provinceOn(name, date);
  if (province !== undefined) return province.id;
  throw new KhuyenCongError(
    'UNKNOWN_PROVINCE',
    `[@khuyencong/cli] support: no province ${JSON.stringify(name)} on ${date}.`,
    { details: { query: name, date } },
  );
}

/** `khuyencong support`: the support limit of an activity, which limit binds, and its legal basis. */
export const supportCommand: Command = {
  name: 'support',
  usage: 'cli.support.usage',
  positionals: { min: 0, max: 0, help: [] },
  options: [
    {
      name: 'activity',
      short: 'a',
      type: 'string',
      value: 'CODE',
      help: 'cli.support.optionActivity',
    },
    { name: 'cost', short: 'c', type: 'string', value: 'AMOUNT', help: 'cli.support.optionCost' },
    { name: 'requested', type: 'string', value: 'AMOUNT', help: 'cli.support.optionRequested' },
    { name: 'fund', type: 'string', value: 'national|local', help: 'cli.support.optionFund' },
    { name: 'date', type: 'string', value: 'YYYY-MM-DD', help: 'cli.support.optionDate' },
    { name: 'province', type: 'string', value: 'NAME', help: 'cli.support.optionProvince' },
    { name: 'variant', type: 'string', value: 'NAME', help: 'cli.support.optionVariant' },
    { name: 'technology-line', type: 'boolean', help: 'cli.support.optionTechnologyLine' },
    OPTIONS.rules,
    OPTIONS.textOrJson,
    OPTIONS.lang,
    OPTIONS.help,
  ],
  examples: [
    'khuyencong support --activity machinery --cost "1,36 tỷ"',
    'khuyencong support --activity "mô hình trình diễn" --cost 899000000 --date 2024-05-01',
    'khuyencong support --activity machinery --cost "2 tỷ" --technology-line --format json',
    'khuyencong support -a "mô hình trình diễn" -c "3 tỷ" --fund local --province "Đắk Lắk" --date 2025-08-01 --rules rules/dak-lak-2025.json',
  ],
  run: async (args, { io, lang }) => {
    const activity = activityOf(required(args, 'activity'));
    const cost = parseVnd(required(args, 'cost'), { unit: 'dong' }).amount;
    const requested = stringOption(args, 'requested');
    const fund = choiceOption('support', args, 'fund', ['national', 'local'], 'national');
    const format = choiceOption('support', args, 'format', ['text', 'json'], 'text');
    const date = toIsoDate(stringOption(args, 'date') ?? io.now?.() ?? new Date());
    const province = provinceIdOf(stringOption(args, 'province'), date);
    const variant = stringOption(args, 'variant');
    const ruleFiles = listOption(args, 'rules');
    // The report engine (and zod) only when rule-set files are given.
    const rules =
      ruleFiles.length === 0
        ? undefined
        : await (await import('../input/loadRuleFiles')).loadRuleFiles(ruleFiles);
    const result = computeSupport({
      activity,
      eligibleCost: cost,
      fund,
      date,
      ...(province === undefined ? {} : { province }),
      ...(variant === undefined ? {} : { variant }),
      ...(requested === undefined
        ? {}
        : { requested: parseVnd(requested, { unit: 'dong' }).amount }),
      ...(args.values['technology-line'] === true ? { modifiers: ['technology-line'] } : {}),
      ...(rules === undefined ? {} : { registry: rules.ruleSets }),
    });
    const citation = formatLegalReference(result.legalReference, {
      lang,
      ...(rules === undefined ? {} : { documents: rules.documents }),
    });
    if (format === 'json') {
      const json = { activity, eligibleCost: cost, fund, date, province, ...result, citation };
      await writeStdout(io, `${jsonText(JSON.stringify(json, null, 2))}\n`);
      return 0;
    }
    const binding = {
      cap: formatTerm('cli.support.bindingCap', { cap: result.capLimit ?? '0' }, { lang }),
      rate: formatTerm('cli.support.bindingRate', { rate: result.maxRatePercent }, { lang }),
      requested: termOf('cli.support.bindingRequested', { lang }),
    }[result.binding];
    const { basis, level } = result.confidence;
    const lines = [
      formatTerm('cli.support.amount', { amount: result.amount }, { lang }),
      formatTerm('cli.support.words', { words: readVnd(result.amount) }, { lang }),
      formatTerm('cli.support.binding', { binding }, { lang }),
      formatTerm(
        'cli.support.rate',
        { rate: result.maxRatePercent, cost, rateLimit: result.rateLimit },
        { lang },
      ),
      result.capLimit === null
        ? termOf('cli.support.noCap', { lang })
        : formatTerm('cli.support.cap', { cap: result.capLimit }, { lang }),
      formatTerm(
        'cli.support.basis',
        {
          citation,
          ruleSetId: result.ruleSetId,
          basis: termOf(`legal.basis.${basis}`, { lang }),
          level: termOf(`legal.level.${level}`, { lang }),
        },
        { lang },
      ),
    ];
    // The citation and the rule set's id may come from a --rules file: no terminal control of it is printed.
    await writeStdout(io, wrapProse(terminalText(`${lines.join('\n')}\n`)));
    return 0;
  },
};
