// Nothing in the package decides between the languages inline: words come from @khuyencong/i18n-vi with a
// `{ lang }`, and what differs by language otherwise (the name field of a region) from a table by language.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** A comparison with a language tag, or a condition on a variable named after one. */
const BRANCH =
  /[!=]==?\s*['"`](vi|en)['"`]|['"`](vi|en)['"`]\s*[!=]==?|\b(vi|en|isVi|isEn|english|vietnamese)\s*\?|\b(lang|language)\s*\?\s|case\s+['"`](vi|en)['"`]/i;

describe('language selection', () => {
  it('finds the branches it looks for', () => {
    for (const branch of [
      "lang === 'vi' ? a : b",
      "options.lang !== 'en'",
      "'en' === lang",
      'vi ? a : b',
      'const text = en ? a : b',
      "case 'en':",
      'english ? a : b',
    ]) {
      expect(branch).toMatch(BRANCH);
    }
    for (const lookup of [
      'REGION_NAMES[lang](region)',
      'vi: (region) => region.shortName,',
      'readonly lang?: Language;',
      "termOf('report.title', { lang })",
    ]) {
      expect(lookup).not.toMatch(BRANCH);
    }
  });

  it('no source file branches on the language inline', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(40);
    const branches = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, where: `${relative(SRC, file)}:${index + 1}` }))
        .filter(({ line }) => BRANCH.test(line))
        .map(({ line, where }) => `${where}: ${line.trim()}`),
    );
    expect(branches).toEqual([]);
  });
});
