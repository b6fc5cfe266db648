// Runs the @example blocks of src/render (the renderers) and compares every `//=>` result, the way
// `defineDocExampleTests` does for a whole package. The package-wide examples test comes with the import
// layer (an example of the builder uses its `datasetRecords`); once it is in, this file is redundant.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractExamples, toRunnableModule } from '@khuyencong/doc-examples';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RENDER = join(ROOT, 'src', 'render');
const OUT = join(ROOT, '.examples-gen', 'render');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const examples = sourceFiles(RENDER).flatMap((file) =>
  extractExamples(relative(ROOT, file), readFileSync(file, 'utf8')),
);

describe('@example blocks of the renderers', () => {
  it('has an example for every public renderer', () => {
    const files = new Set(examples.map((example) => example.file.replace(/^.*\//, '')));
    for (const file of [
      'renderReport.ts',
      'renderReportText.ts',
      'renderReportJson.ts',
      'renderReportCsv.ts',
      'renderReportHtml.ts',
      'renderFindings.ts',
      'findingToJson.ts',
    ]) {
      expect(files, file).toContain(file);
    }
  });
  examples.forEach((example, index) => {
    const { module, assertions } = toRunnableModule(
      example,
      '@khuyencong/report',
      relative(OUT, join(ROOT, 'src', 'index')).replace(/\\/g, '/'),
    );
    const file = join(OUT, `example-${String(index).padStart(4, '0')}.ts`);
    writeFileSync(file, `// ${example.file}:${example.line}\n${module}`);
    it(`${example.file}:${example.line}`, async () => {
      expect(assertions, 'an example must show a result with //=>').toBeGreaterThan(0);
      const loaded = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
        run: (check: (actual: unknown, expected: unknown, source: string) => void) => Promise<void>;
      };
      await loaded.run((actual, expected, source) => {
        expect(actual, source).toEqual(expected);
      });
    });
  });
});
