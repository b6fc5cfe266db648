import { type Lang, text } from './_internal/Text';
import { type ParsedArgs, parseCommandArgs } from './args/parseCommandArgs';
import type { CliIo } from './CliIo';
import type { Command } from './commands/Command';
import { checkCommand } from './commands/checkCommand';
import { parseCommand } from './commands/parseCommand';
import { renderHelp } from './commands/renderHelp';
import { reportCommand } from './commands/reportCommand';
import { supportCommand } from './commands/supportCommand';
import { wordsCommand } from './commands/wordsCommand';
import { CliError } from './errors/CliError';
import { formatError } from './errors/formatError';
import { VERSION } from './VERSION';

const COMMANDS: readonly Command[] = [
  reportCommand,
  checkCommand,
  supportCommand,
  wordsCommand,
  parseCommand,
];

function langOf(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value =
    index < 0
      ? undefined
      : argv[index]?.includes('=')
        ? argv[index]?.split('=')[1]
        : argv[index + 1];
  return value === 'en' ? 'en' : 'vi';
}

function mainHelp(lang: Lang): string {
  const vi = lang === 'vi';
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    vi
      ? `khuyencong ${VERSION}: công cụ dòng lệnh khuyến công (báo cáo, kiểm tra, mức hỗ trợ, số tiền bằng chữ)`
      : `khuyencong ${VERSION}: the khuyến công command-line tool (reports, checks, support limits, amounts in words)`,
    '',
    `${vi ? 'Cách dùng' : 'Usage'}: khuyencong <${vi ? 'lệnh' : 'command'}> [${vi ? 'tùy chọn' : 'options'}]`,
    '',
    vi ? 'Lệnh:' : 'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary[lang]}`),
    '',
    vi ? 'Tùy chọn chung:' : 'Global options:',
    `  --help, -h    ${vi ? 'hướng dẫn (cũng dùng được sau mỗi lệnh)' : 'help (also after each command)'}`,
    `  --version     ${vi ? 'in phiên bản' : 'print the version'}`,
    `  --lang vi|en  ${vi ? 'ngôn ngữ in ra' : 'output language'}`,
    '',
    vi ? 'Ví dụ:' : 'Examples:',
    '  khuyencong report',
    '  khuyencong report --format html --out bao-cao.html',
    '  khuyencong check de-an.csv',
    '  khuyencong support --activity machinery --cost "1,36 tỷ"',
    '  khuyencong words 73500000000',
    '  khuyencong parse "hơn 9 tỷ đồng"',
    '',
    vi
      ? 'Mã thoát: 0 thành công, 1 có lỗi khi kiểm tra, 2 dữ liệu vào hoặc cách dùng sai.'
      : 'Exit codes: 0 success, 1 check found errors, 2 bad input or usage.',
    '',
  ].join('\n');
}

/**
 * Runs the `khuyencong` command line in-process: `argv` without the node and script names. Output and
 * errors go to `io`; the result is the exit code (0 success, 1 `check` found an error, 2 bad usage or
 * input, with a message naming the file, line and column).
 *
 * @param argv - the arguments, e.g. `['words', '73500000000']`.
 * @param io - where to write standard output and standard error.
 * @returns the exit code.
 * @category CLI
 * @example
 * ```ts
 * import { runCli } from '@khuyencong/cli';
 * let out = '';
 * const code = await runCli(['words', '73500000000'], { stdout: (chunk) => { out += chunk; }, stderr: () => {} });
 * [code, out]
 * //=> [0, 'Bảy mươi ba tỷ năm trăm triệu đồng\n']
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(mainHelp(lang));
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v' || name === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) {
      throw new CliError(
        'USAGE',
        text(
          `lệnh không rõ "${name}"; các lệnh: ${COMMANDS.map((c) => c.name).join(', ')} (xem "khuyencong --help")`,
          `unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')} (see "khuyencong --help")`,
        ),
      );
    }
    const args: ParsedArgs = parseCommandArgs(command.name, rest, command.options);
    if (args.values['help'] === true) {
      io.stdout(renderHelp(command, lang));
      return 0;
    }
    return await command.run(args, io, lang);
  } catch (error) {
    io.stderr(formatError(error, lang));
    return error instanceof CliError ? error.exitCode : 2;
  }
}
