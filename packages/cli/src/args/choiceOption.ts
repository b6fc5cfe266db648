import type { ParsedArgs } from '../commands/Command';
import { cliError } from '../errors/cliError';
import { stringOption } from './stringOption';

/** The value of an option that must be one of `choices` (`INVALID_CHOICE` otherwise), or `fallback`. */
export function choiceOption<T extends string>(
  command: string,
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  const choice = choices.find((candidate) => candidate === value);
  if (choice !== undefined) return choice;
  throw cliError('INVALID_CHOICE', `${command}: --${name} must be one of ${choices.join(', ')}.`, {
    command,
    flag: `--${name}`,
    value,
    allowed: choices.join(', '),
  });
}
