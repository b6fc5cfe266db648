import type { Lang } from '../_internal/Text';
import type { OptionSpec, ParsedArgs } from '../args/parseCommandArgs';
import type { CliIo } from '../CliIo';

/** A subcommand of `khuyencong`: its options, help text and what it does. */
export interface Command {
  readonly name: string;
  /** The usage line after `khuyencong`. */
  readonly usage: string;
  readonly summary: { readonly vi: string; readonly en: string };
  readonly description?: { readonly vi: string; readonly en: string };
  readonly options: readonly OptionSpec[];
  readonly examples: readonly string[];
  /** Runs the command and returns the exit code. */
  readonly run: (args: ParsedArgs, io: CliIo, lang: Lang) => Promise<number>;
}
