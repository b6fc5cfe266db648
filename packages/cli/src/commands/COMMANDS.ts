import type { TermKey } from '@khuyencong/i18n-vi';
import type { Command } from './Command';

/** A command as the dispatcher knows it before loading it: its name, its summary, how to load it. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: TermKey;
  readonly load: () => Promise<Command>;
}

/**
 * The commands of `khuyencong`, in the order of the help. Each module is imported only when its command
 * runs, so that `khuyencong words 73500000000` loads `@khuyencong/i18n-vi` and nothing of the report engine.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'report',
    summary: 'cli.report.summary',
    load: async () => (await import('./reportCommand')).reportCommand,
  },
  {
    name: 'check',
    summary: 'cli.check.summary',
    load: async () => (await import('./checkCommand')).checkCommand,
  },
  {
    name: 'support',
    summary: 'cli.support.summary',
    load: async () => (await import('./supportCommand')).supportCommand,
  },
  {
    name: 'words',
    summary: 'cli.words.summary',
    load: async () => (await import('./wordsCommand')).wordsCommand,
  },
  {
    name: 'parse',
    summary: 'cli.parse.summary',
    load: async () => (await import('./parseCommand')).parseCommand,
  },
];
