import { readFile } from 'node:fs/promises';
import { type LoadedRuleSets, loadRuleSets } from '@khuyencong/report';
import { fileError } from './fileError';

/**
 * The `--rules FILE` files (a province's rule sets and legal documents, JSON) read and loaded with
 * `loadRuleSets` of `@khuyencong/report`; `undefined` when none is given (calc's built-in rule sets apply).
 * A file that cannot be read is `FILE_NOT_FOUND` / `FILE_UNREADABLE`; one that is not a rule-set file is
 * `RULE_SET_FILE_NOT_JSON` (line and column) or `RULE_SET_FILE_INVALID` (path and issue), naming the file.
 */
export async function loadRuleFiles(files: readonly string[]): Promise<LoadedRuleSets | undefined> {
  if (files.length === 0) return undefined;
  const sources = await Promise.all(
    files.map(async (source) => {
      try {
        const text = await readFile(source, 'utf8');
        return { source, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
      } catch (error) {
        throw fileError(source, error);
      }
    }),
  );
  return loadRuleSets(sources);
}
