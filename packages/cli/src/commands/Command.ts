import type { Language, TermKey } from '@khuyencong/i18n-vi';
import type { CliIo } from '../CliIo';

/** An option of a command: for `parseArgs` and for its line in the help. */
export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string;
  /** The one-letter alias, without `-`. */
  readonly short?: string;
  /** Whether it takes a value. */
  readonly type: 'string' | 'boolean';
  /** Whether it may be given more than once (its values in order). */
  readonly multiple?: boolean;
  /** The placeholder of its value in the help, e.g. `FILE` or `table|json`. */
  readonly value?: string;
  /** Its help line. */
  readonly help: TermKey;
}

/** The arguments of a command as parsed: option values by long name, and the other arguments in order. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** What a command runs with: where it reads and writes, and the language of its words. */
export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Language;
}

/**
 * A command of `khuyencong`, declared: its usage line, options, arguments and examples (for the parser and
 * the help), and what it does. Each lives in its own module, loaded only when it runs.
 */
export interface Command {
  readonly name: string;
  /** The usage line after `khuyencong`. */
  readonly usage: TermKey;
  readonly description?: TermKey;
  /** The arguments other than options: at least `min`, at most `max` (no limit when absent). */
  readonly positionals: {
    readonly min: number;
    readonly max?: number;
    /** What the `MISSING_ARGUMENT` error calls them. */
    readonly name?: TermKey;
    /** Their lines in the help: the placeholder and its help. */
    readonly help: readonly { readonly value: string; readonly help: TermKey }[];
  };
  readonly options: readonly OptionSpec[];
  readonly examples: readonly string[];
  /** Runs the command on its parsed arguments and returns the exit code. */
  readonly run: (args: ParsedArgs, context: CommandContext) => Promise<number>;
}
