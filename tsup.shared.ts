import type { Options } from 'tsup';

/**
 * The build every library package shares: dual ESM + CJS with `.d.ts` and `.d.cts`. The private
 * `@khuyencong/internal` (a devDependency, never published) is bundled into each package's dist;
 * `scripts/check-size.mjs` fails when a dist still imports it.
 */
export const sharedTsupOptions: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.build.json',
  target: 'es2022',
  sourcemap: true,
  clean: true,
  splitting: false,
  treeshake: true,
  noExternal: ['@khuyencong/internal'],
};
