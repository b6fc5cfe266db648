import { type Language, readLanguage, termOf } from '@khuyencong/i18n-vi';
import { DEFAULT_LANGUAGE } from './args/DEFAULT_LANGUAGE';
import { parseCommandArgs } from './args/parseCommandArgs';
import { readArgv } from './args/readArgv';
import { requestedLanguage } from './args/requestedLanguage';
import { stringOption } from './args/stringOption';
import type { CliIo } from './CliIo';
import { COMMANDS, type CommandEntry } from './commands/COMMANDS';
import type { Command, ParsedArgs } from './commands/Command';
import { cliError } from './errors/cliError';
import { EXIT_CODES } from './errors/EXIT_CODES';
import { exitCodeOf } from './errors/exitCodeOf';
import { renderError } from './errors/renderError';
import { renderCommandHelp } from './help/renderCommandHelp';
import { renderMainHelp } from './help/renderMainHelp';
import { readIo } from './io/readIo';
import { writeStderr } from './output/writeStderr';
import { writeStdout } from './output/writeStdout';
import { VERSION } from './VERSION';

const HELP = new Set(['--help', '-h', 'help']);
const VERSION_FLAGS = new Set(['--version', '-v', 'version']);

function entryOf(name: string): CommandEntry {
  const entry = COMMANDS.find((candidate) => candidate.name === name);
  if (entry !== undefined) return entry;
  const commands = COMMANDS.map((command) => command.name).join(', ');
  throw cliError('UNKNOWN_COMMAND', `unknown command ${JSON.stringify(name)}.`, {
    value: name,
    commands,
  });
}

/** `--lang X` written before the command (`khuyencong --lang en report`) moves after it. */
function commandFirst(argv: readonly string[]): readonly string[] {
  const taken = argv[0] === '--lang' ? 2 : argv[0]?.startsWith('--lang=') === true ? 1 : 0;
  return taken === 0 ? argv : [...commandFirst(argv.slice(taken)), ...argv.slice(0, taken)];
}

function checkPositionals(command: Command, args: ParsedArgs, lang: Language): void {
  const { min, max, name } = command.positionals;
  const count = args.positionals.length;
  if (count < min) {
    const argument = name === undefined ? '' : termOf(name, { lang });
    throw cliError('MISSING_ARGUMENT', `${command.name}: ${argument} is missing.`, {
      command: command.name,
      argument,
    });
  }
  const extra = max === undefined ? undefined : args.positionals[max];
  if (extra !== undefined) {
    throw cliError('UNEXPECTED_ARGUMENT', `${command.name}: unexpected argument.`, {
      command: command.name,
      value: extra,
    });
  }
}

/** The error's text; should writing it fail (a bug), the error and that failure as they are. */
function errorText(error: unknown, lang: Language): string {
  try {
    return renderError(error, lang);
  } catch (failure) {
    return `khuyencong: ${String(error)}\n${failure instanceof Error ? failure.stack : String(failure)}\n`;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const ordered = commandFirst(argv);
  const [first, ...rest] = ordered;
  // Only `--lang` given: no command.
  const name = first === '--lang' || first?.startsWith('--lang=') === true ? undefined : first;
  if (name === undefined || HELP.has(name)) {
    const about = rest.find((arg) => !arg.startsWith('-'));
    const entry = name === 'help' && about !== undefined ? entryOf(about) : undefined;
    const helpLang = readLanguage(requestedLanguage(argv) ?? DEFAULT_LANGUAGE);
    const text =
      entry === undefined
        ? renderMainHelp(helpLang)
        : renderCommandHelp(entry, await entry.load(), helpLang);
    await writeStdout(io, text);
    return name === undefined ? EXIT_CODES.badInput : EXIT_CODES.ok;
  }
  if (VERSION_FLAGS.has(name)) {
    await writeStdout(io, `${VERSION}\n`);
    return EXIT_CODES.ok;
  }
  const entry = entryOf(name);
  const command = await entry.load();
  const args = parseCommandArgs(command, rest);
  const commandLang = readLanguage(stringOption(args, 'lang') ?? DEFAULT_LANGUAGE);
  if (args.values['help'] === true) {
    await writeStdout(io, renderCommandHelp(entry, command, commandLang));
    return EXIT_CODES.ok;
  }
  checkPositionals(command, args, commandLang);
  return command.run(args, { io, lang: commandLang });
}

/**
 * Runs the `khuyencong` command line in-process, as the binary does: `argv` without the node and script
 * names. Output goes to `io.stdout`, progress and errors to `io.stderr`, `-` reads `io.stdin`. The result is
 * the exit code: 0 success; 1 when `check` found an error finding; 2 for bad usage, bad input, a file that
 * cannot be read or output that cannot be written (every `KhuyenCongError`, printed as `khuyencong: lỗi:
 * <file>, dòng N, cột "X": <message>`); 3 for an unexpected error (a bug: printed with its stack, to be
 * reported). Each command's module is loaded only when it runs. Given by a program, `argv` that is not an
 * array of strings is `INVALID_ARGUMENT` and an `io` whose members are not what {@link CliIo} says is
 * `INVALID_OPTION` (exit code 2; the message names the argument or member and its type).
 *
 * @param argv - the arguments, e.g. `['words', '73500000000']`.
 * @param io - where to write standard output and standard error, and what standard input holds.
 * @returns the exit code.
 * @category CLI
 * @example
 * ```ts
 * import { runCli } from '@khuyencong/cli';
 * let out = '';
 * let err = '';
 * const io = { stdout: (chunk: string) => { out += chunk; }, stderr: (chunk: string) => { err += chunk; } };
 * [await runCli(['words', '73500000000'], io), out]
 * //=> [0, 'Bảy mươi ba tỷ năm trăm triệu đồng\n']
 * [await runCli(['words', '1,5 tỷ', '--lang', 'fr'], io), err]
 * //=> [2, 'khuyencong: lỗi: Ngôn ngữ "fr" không được hỗ trợ; dùng một trong: vi, en.\n']
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Language = DEFAULT_LANGUAGE;
  let checkedIo = io;
  try {
    // A program calling runCli may pass anything: both are checked before anything runs.
    checkedIo = readIo(io);
    const args = readArgv(argv);
    try {
      lang = readLanguage(requestedLanguage(args) ?? DEFAULT_LANGUAGE);
    } catch {
      // An unknown --lang is reported (in Vietnamese) by the command that reads it.
    }
    return await dispatch(args, checkedIo);
  } catch (error) {
    await writeStderr(checkedIo, errorText(error, lang));
    return exitCodeOf(error);
  }
}
