import type { CliIo } from '../CliIo';

/** Writes to standard error; a failure there has nowhere to be reported, so it is ignored. */
export async function writeStderr(io: CliIo, text: string): Promise<void> {
  try {
    await io.stderr(text);
  } catch {
    // Standard error is gone (closed, full): nothing else can be told.
  }
}
