// The HTML page `khuyencong report --format html --out FILE` writes, opened in headless Chromium: no request,
// no console message, the charts drawn, every finding listed, readable on a phone, printable. Skipped locally
// without Chromium; in CI (where .ci/run installs it) it must run.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHROMIUM_PATH,
  chromiumAvailable,
  launchChromium,
  openPage,
} from '@khuyencong/test-browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './builtCli';
import { cli, FIXTURES, scratch } from './inProcess';

const skip = !chromiumAvailable();
if (skip) {
  console.warn(
    `[html.browser] skipped: ${CHROMIUM_PATH} is absent and CI is not set (apt-get install chromium).`,
  );
}

describe.skipIf(skip)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let seed: string;
  let errors: string;

  beforeAll(async () => {
    const dir = scratch('html');
    seed = join(dir, 'bao-cao.html');
    errors = join(dir, 'de-an-2000-loi.html');
    expect((await cli(['report', '--format', 'html', '--out', seed])).code).toBe(0);
    const big = ['report', `${FIXTURES}/de-an-2000-loi.csv`, '--skip-invalid'];
    expect((await cli([...big, '--format', 'html', '--out', errors])).code).toBe(0);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  function open(file: string, width: number) {
    return openPage(browser, { file }, width);
  }

  it('the bundled dataset: the bars with their figures, every finding, a screenshot and a PDF', async () => {
    const { page, problems, requests } = await open(seed, 1100);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe('Báo cáo khuyến công — 01/10/2024');
    const achieved = page.locator('svg.chart-attainment rect.bar.bar-achieved');
    expect(await achieved.count()).toBe(4);
    expect(await achieved.first().getAttribute('data-percent')).toBe('93.51');
    expect((await achieved.first().boundingBox())?.width ?? 0).toBeGreaterThan(100);
    const values = await page.locator('svg.chart-attainment text.bar-value').allTextContents();
    expect(values[0]).toBe('73,5 tỷ đồng · 93,51%');
    const national = page.locator('svg.chart-funding rect.seg[data-source="national"]');
    expect(await national.first().getAttribute('data-share')).toBe('26.63');
    expect(await page.locator('.finding-group tbody tr').count()).toBe(19);
    const artifacts = join(PACKAGE_DIR, 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(artifacts, 'report.pdf'), format: 'A4' });
    expect(readFileSync(join(artifacts, 'report.pdf')).subarray(0, 4).toString()).toBe('%PDF');
  }, 60_000);

  it('on a phone the page does not scroll sideways; the 7,885 findings of 2,000 rows all load', async () => {
    const phone = await open(seed, 390);
    const overflow = await phone.page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.page.screenshot({
      path: join(PACKAGE_DIR, 'artifacts', 'report-phone.png'),
      fullPage: true,
    });
    const big = await open(errors, 1100);
    expect(big.problems).toEqual([]);
    expect(big.requests).toEqual([]);
    expect(await big.page.locator('.finding-group tbody tr').count()).toBe(7885);
  }, 120_000);
});
