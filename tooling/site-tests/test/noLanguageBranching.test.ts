// Nothing in any package decides between the languages inline: words come from @khuyencong/i18n-vi with a
// `{ lang }`, and each language has its own table or module there (`MESSAGES` / `MESSAGES_EN`, `WRITERS.vi` /
// `WRITERS.en`), picked by the `lang` key. One check over the sources of every package, so that a new package is
// covered without a copy of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGES = fileURLToPath(new URL('../../../packages', import.meta.url));

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
      'WRITERS[lang][style]',
      "{ vi: 'đồng', en: 'VND' }",
      'REGION_NAMES[lang](region)',
      'vi: (region) => region.shortName,',
      'readonly lang?: Language;',
      "termOf('report.title', { lang })",
      'run.lang === DEFAULT_LANGUAGE',
    ]) {
      expect(lookup).not.toMatch(BRANCH);
    }
  });

  it('no source file of any package branches on the language inline', () => {
    const packages = readdirSync(PACKAGES);
    expect(packages).toEqual(expect.arrayContaining(['cli', 'i18n-vi', 'report', 'validation']));
    const files = packages.flatMap((name) => sourceFiles(join(PACKAGES, name, 'src')));
    expect(files.length).toBeGreaterThan(300);
    const branches = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, where: `${relative(PACKAGES, file)}:${index + 1}` }))
        .filter(({ line }) => BRANCH.test(line))
        .map(({ line, where }) => `${where}: ${line.trim()}`),
    );
    expect(branches).toEqual([]);
  });
});
