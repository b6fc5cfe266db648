#!/usr/bin/env node
import { fstatSync } from 'node:fs';
import * as nodeModule from 'node:module';

// The `khuyencong` binary: the command line on the process's arguments and streams.

// Node 22.1+ keeps the compiled code of the modules between runs (a faster start); Node 20 has no such cache.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// Each write settles when the chunk is written, so that a closed pipe (EPIPE) or a full disk (ENOSPC) reaches
// the command as a rejection instead of an unhandled 'error' event.
function writer(stream: NodeJS.WriteStream): (chunk: string) => Promise<void> {
  stream.on('error', () => {
    // Each write's callback receives the same error.
  });
  return (chunk) =>
    new Promise((resolve, reject) => {
      stream.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
}

// Standard input is opened only when `-` is read.
const stdin: AsyncIterable<Uint8Array> = {
  [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
};

// A redirect from a file (`< de-an.csv`): its identity, so that `--out` cannot overwrite it.
function stdinFile(): { dev: number; ino: number } | undefined {
  try {
    const stats = fstatSync(0);
    return stats.isFile() ? { dev: stats.dev, ino: stats.ino } : undefined;
  } catch {
    return undefined;
  }
}
const redirected = stdinFile();

// Loaded after the compile cache is on.
const { runCli } = await import('./runCli');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  stdin,
  ...(redirected === undefined ? {} : { stdinFile: redirected }),
});
