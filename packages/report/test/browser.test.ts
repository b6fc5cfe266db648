import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from '@khuyencong/test-browser';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Locally without Chromium the test is skipped with a message; in CI (where .ci/run installs it) it must run.
const skip = !chromiumAvailable();
if (skip) console.warn(`[report browser] skipped: ${CHROMIUM_PATH} is absent and CI is not set.`);

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const CSV = readFileSync(join(PACKAGE, 'test/fixtures/de-an-bom-semicolon.csv'), 'utf8');

// The page a provincial portal would have: the library bundled for the browser, a CSV string in, a report out.
const PAGE_SCRIPT = `
import { buildReport } from ${JSON.stringify(join(PACKAGE, 'src/index.ts'))};
const csv = ${JSON.stringify(CSV)};
buildReport([{ source: 'de-an.csv', content: new TextEncoder().encode(csv) }], { asOf: '2024-10-01' }).then(
  ({ report, findings }) => {
    window.__result = { rows: report.rows, total: report.projects.total, provinces: report.projects.byProvince.map((group) => group.key), codes: findings.map((item) => [item.finding.code, item.origin.line ?? null]) };
  },
  (error) => { window.__result = { error: String(error && error.stack || error) }; },
);
`;

describe.skipIf(skip)('@khuyencong/report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let bundle: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'khuyencong-report-browser-'));
    // One classic script inlined in the page (a file: page may not load module scripts from file: URLs).
    const result = await build({
      stdin: { contents: PAGE_SCRIPT, resolveDir: PACKAGE, loader: 'ts' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      conditions: ['@khuyencong/source'],
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]?.text ?? '';
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><meta charset="utf-8"><title>báo cáo</title><script>${bundle.replace(/<\/script/gi, '<\\/script')}</script>`,
    );
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('bundles for the browser with no Node module', () => {
    expect(bundle.length).toBeGreaterThan(10_000);
    expect(bundle).not.toMatch(/from\s*["']node:|require\(["'](?:fs|path|node:)/);
  });

  it('reads a CSV string, checks every row and adds the projects up, all in the page', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    const result = (await page
      .waitForFunction(() => (globalThis as { __result?: unknown }).__result, null, {
        timeout: 30_000,
      })
      .then((handle) => handle.jsonValue())) as {
      rows: unknown;
      total: { count: number; totalCost: string };
      provinces: string[];
      codes: [string, number | null][];
    };
    expect(problems).toEqual([]);
    expect(result).not.toHaveProperty('error');
    expect(result.rows).toEqual({ read: 4, counted: 4, rejected: 0, totals: 0 });
    expect(result.total).toMatchObject({ count: 4, totalCost: '4059000000' });
    expect(result.codes).toContainEqual(['SUPPORT_EXCEEDS_LIMIT', 5]);
    await page.close();
  }, 60_000);
});
