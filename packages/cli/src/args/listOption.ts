import type { ParsedArgs } from '../commands/Command';

/** The values of an option that may be given more than once, in order (none: an empty list). */
export function listOption(args: ParsedArgs, name: string): readonly string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}
