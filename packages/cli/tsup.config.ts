import { defineConfig } from 'tsup';
import { sharedTsupOptions } from '../../tsup.shared.ts';

// The CLI is ESM only: `dist/cli.js` is the `khuyencong` binary, `dist/index.js` the programmatic API.
// Split into chunks so that each command's module (and what only it uses) loads when that command runs:
// `khuyencong words` never reads the report engine. The workspace packages are bundled into the chunks that
// use them (tree-shaken, no package resolution at start-up); zod stays a dependency.
export default defineConfig({
  ...sharedTsupOptions,
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  splitting: true,
  noExternal: [/^@khuyencong\//],
  dts: { entry: { index: 'src/index.ts' } },
  // tsup keeps a `#!` first line of an entry and makes that output file executable.
  onSuccess: 'chmod +x dist/cli.js',
});
