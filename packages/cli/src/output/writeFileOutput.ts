import { writeFile } from 'node:fs/promises';
import { outputFailed } from './outputFailed';
import { replaceAtomically } from './replaceAtomically';
import { resolveOutputTarget } from './resolveOutputTarget';

/**
 * Writes `--out FILE`. The path's symbolic links are followed and their target is written (the link stays).
 * A regular file, or one that does not exist yet, is replaced atomically (temporary file and rename, mode
 * kept); a FIFO or a device (`/dev/null`, `/dev/stdout`) is written to directly and never replaced; a folder
 * is refused. A reader of a FIFO that went away (`EPIPE`) ends the output quietly; any other failure is
 * `OUTPUT_FAILED` naming `out` and the system's reason (`ENOSPC`, `EACCES`, `EISDIR`, …).
 */
export async function writeFileOutput(out: string, text: string): Promise<void> {
  const { path, stats } = await resolveOutputTarget(out);
  try {
    if (stats === undefined || stats.isFile()) await replaceAtomically(path, text, stats);
    else if (stats.isDirectory()) {
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    } else await writeFile(path, text, { flag: 'w' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
    throw outputFailed(out, error);
  }
}
