import type { DocExample } from './extractExamples';

const IMPORT_LINE = /^import\s.+from\s+['"][^'"]+['"];?\s*$/;
const RESULT_LINE = /^\/\/=>\s?(.*)$/;

/**
 * Turns an example into an ES module exporting `run(check)`: import lines stay at the top (with the
 * package's own name rewritten to its source entry, and each of its subpaths, e.g. `'@khuyencong/domain/communes'`,
 * to the source file `subpathEntries` gives for `'./communes'`), and every expression followed by a `//=> value`
 * line becomes `check(expression, value)`. The expression is the single line just before `//=>`.
 */
export function toRunnableModule(
  example: DocExample,
  ownPackage: string,
  ownEntry: string,
  subpathEntries: Readonly<Record<string, string>> = {},
): { readonly module: string; readonly assertions: number } {
  const imports: string[] = [];
  const body: string[] = [];
  let assertions = 0;
  for (const line of example.code.split('\n')) {
    const result = RESULT_LINE.exec(line.trim());
    if (IMPORT_LINE.test(line.trim())) {
      let rewritten = line.trim().replace(`'${ownPackage}'`, `'${ownEntry}'`);
      for (const [subpath, entry] of Object.entries(subpathEntries)) {
        rewritten = rewritten.replace(`'${ownPackage}${subpath.slice(1)}'`, `'${entry}'`);
      }
      imports.push(rewritten);
    } else if (result) {
      const expression = body.pop();
      if (expression === undefined || expression.trim() === '') {
        throw new Error(`${example.file}:${example.line}: \`//=>\` has no expression before it`);
      }
      const source = JSON.stringify(expression.trim());
      body.push(`check(${expression.trim().replace(/;$/, '')}, ${result[1]}, ${source});`);
      assertions += 1;
    } else {
      body.push(line);
    }
  }
  const module = [
    ...imports,
    'export async function run(check: (actual: unknown, expected: unknown, source: string) => void): Promise<void> {',
    ...body.map((line) => `  ${line}`),
    '}',
    '',
  ].join('\n');
  return { module, assertions };
}
