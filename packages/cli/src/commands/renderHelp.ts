import type { Lang } from '../_internal/Text';
import type { Command } from './Command';

/** The `--help` text of a command. */
export function renderHelp(command: Command, lang: Lang): string {
  const vi = lang === 'vi';
  const lines = [
    `khuyencong ${command.name}: ${command.summary[lang]}`,
    '',
    `${vi ? 'Cách dùng' : 'Usage'}: khuyencong ${command.usage}`,
  ];
  if (command.description) lines.push('', command.description[lang]);
  lines.push('', vi ? 'Tùy chọn:' : 'Options:');
  const labels = command.options.map(
    (option) =>
      `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value}` : ''}`,
  );
  const width = Math.max(...labels.map((label) => label.length));
  command.options.forEach((option, index) => {
    lines.push(`  ${(labels[index] ?? '').padEnd(width)}  ${option.help[lang]}`);
  });
  lines.push(
    '',
    vi ? 'Ví dụ:' : 'Examples:',
    ...command.examples.map((example) => `  ${example}`),
    '',
  );
  return lines.join('\n');
}
