import type { CliIo } from '../CliIo';
import { writeFileOutput } from './writeFileOutput';
import { writeStdout } from './writeStdout';

/**
 * Writes a command's whole output: to standard output when `out` is absent or `-`, else to the file `out`
 * (see {@link writeFileOutput}: a regular file is replaced atomically, a device or FIFO written to).
 */
export async function writeOutput(io: CliIo, out: string | undefined, text: string): Promise<void> {
  if (out === undefined || out === '-') await writeStdout(io, text);
  else await writeFileOutput(out, text);
}
