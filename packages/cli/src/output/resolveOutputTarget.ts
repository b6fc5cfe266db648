import type { Stats } from 'node:fs';
import { lstat, readlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { outputFailed } from './outputFailed';

/** Links followed at most, as the kernel does (`ELOOP` beyond). */
const MAX_LINKS = 40;

/** Where an output path leads: the file at the end of its symbolic links, and what it is (absent: none yet). */
export interface OutputTarget {
  readonly path: string;
  readonly stats?: Stats;
}

/**
 * Follows the symbolic links of an output path to the file they name, so that the link stays a link and its
 * target is what gets written (even a target that does not exist yet: it is created).
 */
export async function resolveOutputTarget(out: string): Promise<OutputTarget> {
  let path = out;
  for (let links = 0; links <= MAX_LINKS; links++) {
    let stats: Stats;
    try {
      stats = await lstat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path };
      throw outputFailed(out, error);
    }
    if (!stats.isSymbolicLink()) return { path, stats };
    path = resolve(dirname(path), await readlink(path));
  }
  throw outputFailed(out, Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' }));
}
