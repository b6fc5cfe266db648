import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeOnSignals } from './removeOnSignals';

/**
 * Writes a regular file all or nothing: into a temporary file in the same folder (so that a failed or
 * interrupted run never leaves a partial file), flushed to disk, then renamed over `path`. An existing file
 * keeps its mode (a 600 file stays 600) and, where the system allows it, its owner. The temporary file is
 * removed on failure and on SIGINT/SIGTERM.
 */
export async function replaceAtomically(
  path: string,
  text: string,
  existing: Stats | undefined,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = existing === undefined ? 0o666 : existing.mode & 0o7777;
  const stopCleanup = removeOnSignals(temporary);
  try {
    const handle = await open(temporary, 'wx', mode);
    try {
      if (existing !== undefined) {
        await handle.chmod(mode);
        if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
          await handle.chown(existing.uid, existing.gid).catch(() => undefined);
        }
      }
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    stopCleanup();
  }
}
