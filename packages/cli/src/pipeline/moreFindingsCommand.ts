import type { Language } from '@khuyencong/i18n-vi';
import { DEFAULT_LANGUAGE } from '../args/DEFAULT_LANGUAGE';
import { shellQuote } from './shellQuote';

/** What a run was given that decides its findings: its inputs, rule-set files, report date and language. */
export interface RunInputs {
  readonly files: readonly string[];
  readonly rules: readonly string[];
  readonly asOf: string | undefined;
  readonly lang: Language;
}

/**
 * The `moreFindings` of the renderers: the command line that lists every finding of a code on the user's own
 * files, e.g. `khuyencong check de-an.csv --code CELL_NOT_AMOUNT --format json`.
 */
export function moreFindingsCommand(run: RunInputs): (code: string) => string {
  const args = [
    'khuyencong',
    'check',
    ...run.files,
    ...run.rules.flatMap((file) => ['--rules', file]),
    ...(run.asOf === undefined ? [] : ['--as-of', run.asOf]),
    ...(run.lang === DEFAULT_LANGUAGE ? [] : ['--lang', run.lang]),
  ];
  return (code) => [...args, '--code', code, '--format', 'json'].map(shellQuote).join(' ');
}
