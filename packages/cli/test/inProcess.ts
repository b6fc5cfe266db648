import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, runCli } from '../src/index';

/** What a run of the command line gave. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The day the tests run on, for the default `--as-of` (a day of the seed's report). */
export const TODAY: Date = new Date(Date.UTC(2024, 9, 1, 5));

/**
 * Runs the command line in this process, as the binary does, with standard output and error collected and
 * `stdin` as what `-` reads.
 */
export async function cli(
  argv: readonly string[],
  options: { stdin?: string | Uint8Array; io?: Partial<CliIo> } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (chunk) => {
      stdout += chunk;
    },
    stderr: (chunk) => {
      stderr += chunk;
    },
    now: () => TODAY,
    ...(options.stdin === undefined
      ? {}
      : {
          stdin:
            typeof options.stdin === 'string'
              ? new TextEncoder().encode(options.stdin)
              : options.stdin,
        }),
    ...options.io,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** A new empty folder in the system's temporary folder. */
export function scratch(name: string): string {
  return mkdtempSync(join(tmpdir(), `khuyencong-${name}-`));
}

/** The fixtures of these tests, relative to the package folder (where vitest runs). */
export const FIXTURES = 'test/fixtures';

/**
 * The text of a report or check as one line per paragraph: the continuation lines the terminal wrapping adds
 * (indented 4 spaces or more) joined back to their line.
 */
export function flat(text: string): string {
  return text.replace(/\n {4,}/g, ' ');
}
