import { formatTerm, type Language } from '@khuyencong/i18n-vi';
import type { Report } from '@khuyencong/report';
import type { CliIo } from '../CliIo';
import { writeStderr } from '../output/writeStderr';

const FIRST = 10_000;
const EVERY = 100_000;

/** The progress lines of a long run, and what prints them. */
export interface ProgressReporter {
  /** For `buildReport`'s `onProgress`: prints `<file>: đã đọc 10.000 dòng…`, then every 100,000 rows. */
  readonly onProgress: (source: string, records: number) => void;
  /** Prints `<file>: xong, N dòng.` for each input over 10,000 rows, with its exact count. */
  readonly done: (report: Report) => Promise<void>;
}

/** Progress on standard error for inputs over 10,000 rows (terms `cli.progress.read` and `cli.progress.done`). */
export function progressReporter(io: CliIo, lang: Language): ProgressReporter {
  let current: string | undefined;
  let next = FIRST;
  return {
    onProgress: (source, records) => {
      if (source !== current) {
        current = source;
        next = FIRST;
      }
      // Every record but the first (the input's own) is a row or a finding about the input.
      const rows = records - 1;
      if (rows < next) return;
      const shown = rows < EVERY ? FIRST : Math.floor(rows / EVERY) * EVERY;
      next = shown < EVERY ? EVERY : shown + EVERY;
      const line = formatTerm('cli.progress.read', { file: source, rows: shown }, { lang });
      void writeStderr(io, `${line}\n`);
    },
    done: async (report) => {
      for (const input of report.inputs) {
        if (input.rows.read < FIRST) continue;
        const line = formatTerm(
          'cli.progress.done',
          { file: input.source, rows: input.rows.read },
          { lang },
        );
        await writeStderr(io, `${line}\n`);
      }
    },
  };
}
