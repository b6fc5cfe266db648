import { parseArgs } from 'node:util';
import { text } from '../_internal/Text';
import { CliError } from '../errors/CliError';

/**
 * An option of a command, for `parseArgs` and for the help text.
 *
 * @category Commands
 */
export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string;
  /** The one-letter alias, without `-`. */
  readonly short?: string;
  /** Whether it takes a value. */
  readonly type: 'string' | 'boolean';
  /** The value's placeholder in the help text. */
  readonly value?: string;
  /** The help text in both languages. */
  readonly help: { readonly vi: string; readonly en: string };
}

/**
 * The parsed arguments of a command.
 *
 * @category Commands
 */
export interface ParsedArgs {
  /** Option values by long name. */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** The arguments that are not options, in order. */
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments strictly: an unknown option or a missing value is a usage error (exit 2)
 * that names the command.
 */
export function parseCommandArgs(
  command: string,
  argv: readonly string[],
  options: readonly OptionSpec[],
): ParsedArgs {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const option of options) {
    config[option.name] = { type: option.type, ...(option.short ? { short: option.short } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: config,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    const message = (error as Error).message;
    throw new CliError(
      'USAGE',
      text(
        `${command}: ${message} (xem "khuyencong ${command} --help")`,
        `${command}: ${message} (see "khuyencong ${command} --help")`,
      ),
      {},
      error,
    );
  }
}

/** A string option's value, or `undefined`. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A string option that must be one of `choices`. */
export function choiceOption<T extends string>(
  command: string,
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new CliError(
    'USAGE',
    text(
      `${command}: --${name} phải là một trong ${choices.join(', ')} (nhận "${value}")`,
      `${command}: --${name} must be one of ${choices.join(', ')} (got "${value}")`,
    ),
  );
}
