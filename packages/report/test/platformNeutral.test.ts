import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('@khuyencong/report runs anywhere', () => {
  it('imports no Node module in its src (it must bundle for the browser)', () => {
    const offenders = sources(SRC).filter((file) =>
      /\bfrom\s+['"](?:node:|fs['"]|path['"]|os['"]|stream['"]|buffer['"]|url['"])|\bimport\(\s*['"]node:|\b(?:process|Buffer|__dirname|require)\b\s*[.(]/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
