import type { Options } from 'tsup';

/** The build every library package shares: dual ESM + CJS with `.d.ts` and `.d.cts`. */
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
};
