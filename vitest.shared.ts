import type { ViteUserConfig } from 'vitest/config';

const SOURCE_CONDITIONS = ['@khuyencong/source', 'module', 'import', 'default'];

/**
 * Vitest settings every package shares: tests run against `src` through the source condition, and each
 * run writes a JSON report that `scripts/test-summary.mjs` adds up.
 */
export const sharedVitestConfig: ViteUserConfig = {
  resolve: { conditions: SOURCE_CONDITIONS },
  ssr: { resolve: { conditions: SOURCE_CONDITIONS } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // CI runs every package's suite side by side on 2 cores: a first import can take seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/vitest.json' },
  },
};
