import type { ParsedArgs } from '../commands/Command';

/** The value of an option that takes one (the last one given), or `undefined`. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}
