import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { cliError } from '../errors/cliError';
import type { FileIdentity } from './FileIdentity';
import { fileError } from './fileError';

/**
 * Makes sure an input path can be read, before anything is read: it exists, is not a folder (a FIFO or a
 * device is fine: `<(…)`, `/dev/stdin`) and may be read. Gives its identity, to refuse an output that would
 * overwrite it.
 */
export async function inspectInput(file: string): Promise<FileIdentity> {
  try {
    const stats = await stat(file);
    if (stats.isDirectory() || stats.isSocket()) {
      throw cliError('NOT_A_FILE', `${file} is not a file.`, { file });
    }
    await access(file, constants.R_OK);
    return { path: file, dev: stats.dev, ino: stats.ino };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'NOT_A_FILE') throw error;
    throw fileError(file, error);
  }
}
