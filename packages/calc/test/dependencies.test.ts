import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  readonly dependencies?: Readonly<Record<string, string>>;
};

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Bundled into the dist at build time (tsup `noExternal`), so a devDependency, never a dependency. */
const INLINED = '@khuyencong/internal';

describe('runtime dependencies', () => {
  it('src imports only declared dependencies and the inlined internals (decimal.js is a test and benchmark oracle only)', () => {
    const imported = new Set<string>();
    for (const file of sources(join(root, 'src'))) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(
        /^(?:import|export)[^;]*?from '([^'.][^']*)'/gm,
      )) {
        const name = specifier?.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : specifier?.split('/')[0];
        if (name !== undefined) imported.add(name);
      }
    }
    expect(imported.has(INLINED)).toBe(true);
    imported.delete(INLINED);
    expect([...imported].sort()).toEqual(Object.keys(manifest.dependencies ?? {}).sort());
  });
});
