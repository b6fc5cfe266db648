import { unlinkSync } from 'node:fs';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * While a temporary output file is being written: on SIGINT, SIGTERM or SIGHUP it is removed, then the
 * signal is raised again so that the process ends as it would have. Returns the function that uninstalls the
 * handlers (call it once the file is renamed or removed).
 */
export function removeOnSignals(temporary: string): () => void {
  const stop = (): void => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  function onSignal(signal: NodeJS.Signals): void {
    try {
      unlinkSync(temporary);
    } catch {
      // Not created yet, or already renamed.
    }
    stop();
    process.kill(process.pid, signal);
  }
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return stop;
}
