import { describe, expect, it } from 'vitest';
import { extractExamples } from '../src/extractExamples';
import { toRunnableModule } from '../src/toRunnableModule';

const SOURCE = [
  '/**',
  ' * Adds.',
  ' *',
  ' * @example',
  ' * ```ts',
  " * import { add } from '@khuyencong/x';",
  ' * add(1, 2)',
  ' * //=> 3',
  ' * ```',
  ' * @returns the sum',
  ' */',
  'export function add(a: number, b: number): number {',
  '  return a + b;',
  '}',
  '/** No example here. ```ts\n * ignored\n * ``` */',
].join('\n');

describe('extractExamples', () => {
  it('finds fenced blocks after @example only, with their line', () => {
    const examples = extractExamples('add.ts', SOURCE);
    expect(examples).toEqual([
      { file: 'add.ts', line: 5, code: "import { add } from '@khuyencong/x';\nadd(1, 2)\n//=> 3" },
    ]);
  });
});

describe('toRunnableModule', () => {
  it('keeps imports on top, rewrites the own package, and turns //=> into checks', () => {
    const [example] = extractExamples('add.ts', SOURCE);
    if (example === undefined) throw new Error('no example found');
    const { module, assertions } = toRunnableModule(example, '@khuyencong/x', '../src/index');
    expect(assertions).toBe(1);
    expect(module).toBe(
      [
        "import { add } from '../src/index';",
        'export async function run(check: (actual: unknown, expected: unknown, source: string) => void): Promise<void> {',
        '  check(add(1, 2), 3, "add(1, 2)");',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('refuses a //=> with no expression before it', () => {
    expect(() =>
      toRunnableModule({ file: 'f.ts', line: 1, code: '//=> 1' }, '@x/y', './y'),
    ).toThrow('f.ts:1: `//=>` has no expression before it');
  });
});
