import type { OptionSpec } from '../commands/Command';

/** The options several commands share, declared once. */
export const OPTIONS: Readonly<
  Record<'help' | 'lang' | 'out' | 'asOf' | 'rules' | 'textOrJson', OptionSpec>
> = {
  help: { name: 'help', short: 'h', type: 'boolean', help: 'cli.option.help' },
  lang: { name: 'lang', type: 'string', value: 'vi|en', help: 'cli.option.lang' },
  out: { name: 'out', short: 'o', type: 'string', value: 'FILE', help: 'cli.option.out' },
  asOf: { name: 'as-of', type: 'string', value: 'YYYY-MM-DD', help: 'cli.option.asOf' },
  rules: {
    name: 'rules',
    type: 'string',
    multiple: true,
    value: 'FILE',
    help: 'cli.option.rules',
  },
  textOrJson: { name: 'format', type: 'string', value: 'text|json', help: 'cli.option.formatText' },
};
