import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type DocExample, extractExamples } from './extractExamples';
import { toRunnableModule } from './toRunnableModule';
import { typecheckFiles } from './typecheckFiles';

/**
 * The subpath exports of a package with a `@khuyencong/source` condition (`'./communes'` →
 * `'src/communes/index.ts'`), as paths relative to `outDir` without the extension.
 */
function subpathEntries(root: string, outDir: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports?: Readonly<Record<string, unknown>>;
  };
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (subpath === '.' || typeof target !== 'object' || target === null) continue;
    const source = (target as Readonly<Record<string, unknown>>)['@khuyencong/source'];
    if (typeof source !== 'string') continue;
    entries[subpath] = relative(outDir, join(root, source.replace(/\.ts$/, '')))
      .replace(/\\/g, '/')
      .replace(/^(?!\.)/, './');
  }
  return entries;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Registers one vitest test per `@example` block of a package's `src`, runs it and compares every
 * `//=>` line with `toEqual`, and type-checks all of them with the package's compiler options.
 *
 * @param packageRoot - the package folder URL (`new URL('..', import.meta.url)` from `test/`).
 * @param packageName - the package's npm name, rewritten to its source entry in imports.
 */
export function defineDocExampleTests(packageRoot: URL, packageName: string): void {
  const root = fileURLToPath(packageRoot);
  const src = join(root, 'src');
  const outDir = join(root, '.examples-gen');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const examples: DocExample[] = sourceFiles(src).flatMap((file) =>
    extractExamples(relative(root, file), readFileSync(file, 'utf8')),
  );
  const subpaths = subpathEntries(root, outDir);
  let total = 0;
  const files: string[] = [];
  describe(`@example blocks of ${packageName}`, () => {
    it('has examples to run', () => {
      expect(examples.length).toBeGreaterThan(0);
    });
    examples.forEach((example, index) => {
      const { module, assertions } = toRunnableModule(
        example,
        packageName,
        relative(outDir, join(src, 'index'))
          .replace(/\\/g, '/')
          .replace(/^(?!\.)/, './'),
        subpaths,
      );
      total += assertions;
      const file = join(outDir, `example-${String(index).padStart(4, '0')}.ts`);
      writeFileSync(file, `// ${example.file}:${example.line}\n${module}`);
      files.push(file);
      it(`${example.file}:${example.line}`, async () => {
        expect(assertions, 'an example must show a result with //=>').toBeGreaterThan(0);
        const loaded = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
          run: (
            check: (actual: unknown, expected: unknown, source: string) => void,
          ) => Promise<void>;
        };
        await loaded.run((actual, expected, source) => {
          expect(actual, source).toEqual(expected);
        });
      });
    });
    it('type-checks every example', () => {
      expect(typecheckFiles(root, files)).toEqual([]);
    }, 60_000);
    it('prints the count', () => {
      process.stdout.write(
        `[doc-examples] ${packageName}: ${examples.length} examples, ${total} results checked\n`,
      );
    });
  });
}
