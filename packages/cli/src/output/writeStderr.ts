import { terminalText } from '@khuyencong/internal';
import type { CliIo } from '../CliIo';

/**
 * Writes to standard error, a terminal's: the terminal controls that data put in the text (a file name, an
 * id, a value in a message) are removed. A failure there has nowhere to be reported, so it is ignored.
 */
export async function writeStderr(io: CliIo, text: string): Promise<void> {
  try {
    await io.stderr(terminalText(text));
  } catch {
    // Standard error is gone (closed, full): nothing else can be told.
  }
}
