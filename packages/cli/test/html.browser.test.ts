import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from '@khuyencong/test-browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, PACKAGE_DIR, run } from './builtCli';

// Locally without Chromium the test is skipped with a message; in CI (where .ci/run installs it) it must run.
const skip = !chromiumAvailable();
if (skip)
  console.warn(
    `[html.browser] skipped: ${CHROMIUM_PATH} is absent and CI is not set (apt-get install chromium).`,
  );

describe.skipIf(skip)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'khuyencong-html-'));
    file = join(dir, 'bao-cao.html');
    const result = run(['report', '--format', 'html', '--out', file, '--as-of', '2024-10-01']);
    expect(result.code).toBe(0);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('has no console errors, no requests, the bars with their labels, and a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(file).href);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe('Báo cáo khuyến công — 01/10/2024');

    const achieved = page.locator('svg.chart-attainment rect.bar.bar-achieved');
    expect(await achieved.count()).toBe(4);
    const first = achieved.first();
    expect(await first.getAttribute('data-label')).toBe('miền Trung - Tây Nguyên · năm 2023');
    expect(await first.getAttribute('data-percent')).toBe('93.51');
    expect((await first.boundingBox())?.width ?? 0).toBeGreaterThan(100);
    const labels = await page.locator('svg.chart-attainment text.bar-label').allTextContents();
    expect(labels).toContain(
      'miền Trung - Tây Nguyên · 9 tháng năm 2024 · kinh phí khuyến công quốc gia',
    );
    const values = await page.locator('svg.chart-attainment text.bar-value').allTextContents();
    expect(values[0]).toBe('73,5 tỷ đồng · 93,51%');
    expect(await page.locator('svg.chart-attainment rect.bar.bar-implied').count()).toBeGreaterThan(
      0,
    );

    const segments = page.locator('svg.chart-funding rect.seg[data-share]');
    expect(
      await segments.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-share'))),
    ).toEqual(['26.63', '73.37', '55.87', '44.13']);
    expect(await page.locator('svg.chart-funding text.seg-label').allTextContents()).toContain(
      '26,63%',
    );

    const inconsistency = page.locator('#table-inconsistencies tr.sev-error');
    expect(await inconsistency.textContent()).toContain('Tỷ lệ báo cáo 115,6% không khớp');

    const artifacts = join(PACKAGE_DIR, 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'report.png'), fullPage: true });
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(pathToFileURL(file).href);
    // Runs in the page, where `document` and `window` exist (this file is type-checked without the DOM lib).
    const overflow = await phone.evaluate(() => {
      const page = globalThis as unknown as {
        document: { documentElement: { scrollWidth: number } };
        innerWidth: number;
      };
      return page.document.documentElement.scrollWidth - page.innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: join(artifacts, 'report-phone.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(artifacts, 'report.pdf'), format: 'A4' });
    expect(readFileSync(join(artifacts, 'report.pdf')).subarray(0, 4).toString()).toBe('%PDF');
  }, 120_000);
});
