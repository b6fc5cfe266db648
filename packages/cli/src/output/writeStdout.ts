import type { CliIo } from '../CliIo';
import { outputFailed } from './outputFailed';

/**
 * Writes a command's output to standard output. A reader that went away (`EPIPE`, as in
 * `khuyencong report | head`) ends the output quietly: the command keeps its exit code. Any other failure
 * (`ENOSPC`, …) is `OUTPUT_FAILED` for `-`.
 */
export async function writeStdout(io: CliIo, text: string): Promise<void> {
  try {
    await io.stdout(text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'EPIPE') return;
    throw outputFailed('-', error);
  }
}
