import { defineConfig } from 'tsup';
import { sharedTsupOptions } from '../../tsup.shared.ts';

// The CLI is ESM only: `dist/cli.js` is the `khuyencong` binary, `dist/index.js` the programmatic API.
export default defineConfig({
  ...sharedTsupOptions,
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  // tsup keeps a `#!` first line of an entry and makes that output file executable.
  onSuccess: 'chmod +x dist/cli.js',
});
