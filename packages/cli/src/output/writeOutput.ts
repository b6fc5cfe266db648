import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { text } from '../_internal/Text';
import type { CliIo } from '../CliIo';
import { CliError } from '../errors/CliError';

/**
 * Writes a command's output: to standard output, or to `out` atomically (a temporary file in the same
 * folder renamed over `out`), so that a failed run never leaves a partial file behind.
 *
 * @param io - where standard output goes.
 * @param out - the output file, or `undefined` for standard output.
 * @param content - the whole output.
 * @returns when written.
 * @throws {@link CliError} `OUTPUT` when the file cannot be written (the temporary file is removed).
 * @category CLI
 */
export async function writeOutput(
  io: CliIo,
  out: string | undefined,
  content: string,
): Promise<void> {
  if (out === undefined) {
    io.stdout(content);
    return;
  }
  const temporary = join(
    dirname(out),
    `.${basename(out)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliError(
      'OUTPUT',
      text(
        `không ghi được tệp: ${(error as Error).message}`,
        `cannot write the file: ${(error as Error).message}`,
      ),
      { file: out },
      error,
    );
  }
}
