import { parseArgs } from 'node:util';
import type { Command, ParsedArgs } from '../commands/Command';
import { cliError } from '../errors/cliError';

type ParseArgsOption = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };

/**
 * Parses a command's arguments strictly, with `node:util`'s `parseArgs`: an option the command does not
 * have is `UNKNOWN_FLAG`, an option that needs a value and has none (or is followed by another option) is
 * `MISSING_FLAG_VALUE`, a value given to a switch is `UNEXPECTED_ARGUMENT`. `-` alone is an argument (standard
 * input); `--` ends the options. The number of other arguments is checked later (after `--help`).
 */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const config: Record<string, ParseArgsOption> = {};
  for (const option of command.options) {
    config[option.name] = {
      type: option.type,
      ...(option.short === undefined ? {} : { short: option.short }),
      ...(option.multiple === true ? { multiple: true } : {}),
    };
  }
  const { tokens } = parseArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = command.options.find((option) => option.name === token.name);
    if (spec === undefined) {
      throw cliError('UNKNOWN_FLAG', `${command.name}: unknown option ${token.rawName}.`, {
        command: command.name,
        flag: token.rawName,
      });
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined) {
        const value = `${token.rawName}=${token.value}`;
        throw cliError('UNEXPECTED_ARGUMENT', `${command.name}: ${value} takes no value.`, {
          command: command.name,
          value,
        });
      }
      values[spec.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.length > 1 && value.startsWith('-'))) {
      throw cliError('MISSING_FLAG_VALUE', `${command.name}: ${token.rawName} needs a value.`, {
        command: command.name,
        flag: token.rawName,
      });
    }
    const previous = values[spec.name];
    values[spec.name] =
      spec.multiple === true ? [...(Array.isArray(previous) ? previous : []), value] : value;
  }
  return { values, positionals };
}
