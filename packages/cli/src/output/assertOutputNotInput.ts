import { stat } from 'node:fs/promises';
import { cliError } from '../errors/cliError';
import type { FileIdentity } from '../input/FileIdentity';

/**
 * Refuses (`OUTPUT_IS_INPUT`) an output path that is one of the inputs — the same file by device and inode,
 * through any symbolic or hard link — before anything is read, so that a report never overwrites its data.
 */
export async function assertOutputNotInput(
  out: string | undefined,
  inputs: readonly FileIdentity[],
): Promise<void> {
  if (out === undefined || out === '-' || inputs.length === 0) return;
  const stats = await stat(out).catch(() => undefined);
  if (stats === undefined) return;
  if (inputs.some((input) => input.dev === stats.dev && input.ino === stats.ino)) {
    throw cliError('OUTPUT_IS_INPUT', `the output ${out} is also an input.`, { file: out });
  }
}
