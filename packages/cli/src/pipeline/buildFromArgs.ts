import { type LegalDocument, SEED_DATASET, toIsoDate } from '@khuyencong/domain';
import {
  buildReport,
  type FindingFilter,
  type ReportInput,
  type ReportResult,
} from '@khuyencong/report';
import { listOption } from '../args/listOption';
import { stringOption } from '../args/stringOption';
import type { CommandContext, ParsedArgs } from '../commands/Command';
import { cliError } from '../errors/cliError';
import { fileChunks } from '../input/fileChunks';
import { inspectInput } from '../input/inspectInput';
import { loadRuleFiles } from '../input/loadRuleFiles';
import { stdinContent } from '../input/stdinContent';
import { assertOutputNotInput } from '../output/assertOutputNotInput';
import { moreFindingsCommand } from './moreFindingsCommand';
import { progressReporter } from './progressReporter';

/** A report built from a command line, with what its renderers need. */
export interface BuiltReport {
  readonly result: ReportResult;
  /** The legal documents the `--rules` files define, for citations. */
  readonly documents: Readonly<Record<string, LegalDocument>>;
  /** The command that lists every finding of a code (absent for the bundled dataset). */
  readonly moreFindings?: (code: string) => string;
}

/** The name findings give standard input (`-` on the command line). */
const STDIN_SOURCE = '<stdin>';

/** Standard input is read once: a second `-` is refused. */
function assertOneStdin(command: string, files: readonly string[]): void {
  if (files.filter((file) => file === '-').length > 1) {
    throw cliError('UNEXPECTED_ARGUMENT', `${command}: standard input can be read once.`, {
      command,
      value: '-',
    });
  }
}

/**
 * What `report` and `check` share: the report date (`--as-of`, a bad one is `INVALID_DATE`), the inputs (the
 * files, `-` for standard input, or the bundled `SEED_DATASET` when none is given), checked before anything
 * is read (each exists and may be read, `--out` is none of them nor a `--rules` file), the `--rules` files,
 * then `buildReport` with progress on standard error for inputs over 10,000 rows.
 */
export async function buildFromArgs(
  command: string,
  args: ParsedArgs,
  { io, lang }: CommandContext,
  filter?: FindingFilter,
): Promise<BuiltReport> {
  const files = args.positionals;
  const rules = listOption(args, 'rules');
  const asOfText = stringOption(args, 'as-of');
  const asOf = toIsoDate(asOfText ?? io.now?.() ?? new Date());
  assertOneStdin(command, files);
  const identities = await Promise.all(
    [...files.filter((file) => file !== '-'), ...rules].map(inspectInput),
  );
  const stdinFile = files.includes('-') ? io.stdinFile : undefined;
  await assertOutputNotInput(
    stringOption(args, 'out'),
    stdinFile === undefined ? identities : [...identities, { path: '-', ...stdinFile }],
  );
  const loaded = await loadRuleFiles(rules);
  const inputs: ReportInput[] =
    files.length === 0
      ? [{ source: 'seed', dataset: SEED_DATASET }]
      : files.map((file) => ({
          // Standard input is named as compilers and linters name it, not by its `-`.
          source: file === '-' ? STDIN_SOURCE : file,
          content: file === '-' ? stdinContent(io.stdin, STDIN_SOURCE) : fileChunks(file),
        }));
  const progress = progressReporter(io, lang);
  const result = await buildReport(inputs, {
    asOf,
    onProgress: progress.onProgress,
    ...(loaded === undefined ? {} : { ruleSets: loaded.ruleSets }),
    ...(filter === undefined ? {} : { filter }),
  });
  await progress.done(result.report);
  return {
    result,
    documents: loaded?.documents ?? {},
    ...(files.length === 0
      ? {}
      : { moreFindings: moreFindingsCommand({ files, rules, asOf: asOfText, lang }) }),
  };
}
