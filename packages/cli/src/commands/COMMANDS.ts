import type { TermKey } from '@khuyencong/i18n-vi';
import type { Command } from './Command';

/** The names of the commands; each has its summary term `cli.<name>.summary` and its module `<name>Command`. */
export type CommandName = 'report' | 'check' | 'support' | 'words' | 'parse';

/** A command as the dispatcher knows it before loading it: its name, its summary, how to load it. */
export interface CommandEntry {
  readonly name: CommandName;
  readonly summary: TermKey;
  readonly load: () => Promise<Command>;
}

function entry(
  name: CommandName,
  module: () => Promise<Readonly<Record<string, Command>>>,
): CommandEntry {
  return {
    name,
    summary: `cli.${name}.summary`,
    load: async () => {
      const command = (await module())[`${name}Command`];
      if (command === undefined) throw new Error(`the module of ${name} has no ${name}Command`);
      return command;
    },
  };
}

/**
 * The commands of `khuyencong`, in the order of the help. Each module is imported only when its command
 * runs, so that `khuyencong words 73500000000` loads `@khuyencong/i18n-vi` and nothing of the report engine.
 */
export const COMMANDS: readonly CommandEntry[] = [
  entry('report', () => import('./reportCommand')),
  entry('check', () => import('./checkCommand')),
  entry('support', () => import('./supportCommand')),
  entry('words', () => import('./wordsCommand')),
  entry('parse', () => import('./parseCommand')),
];
