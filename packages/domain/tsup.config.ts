import { defineConfig } from 'tsup';
import { sharedTsupOptions } from '../../tsup.shared.ts';

// Two entries: the main one and `@khuyencong/domain/communes` (the commune-level data, kept out of the main
// entry's bundle). No code splitting: each entry is whole, as `check:package` and the size budgets expect.
export default defineConfig({
  ...sharedTsupOptions,
  entry: { index: 'src/index.ts', communes: 'src/communes/index.ts' },
});
