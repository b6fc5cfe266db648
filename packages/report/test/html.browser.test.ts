// The HTML report in headless Chromium: it loads with no request, no console message and no violation of its
// Content-Security-Policy (which does block a script slipped into the page), draws its charts, lists every
// finding, and reads on a phone. Skipped locally without Chromium; in CI it must run.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHROMIUM_PATH,
  chromiumAvailable,
  launchChromium,
  openPage,
} from '@khuyencong/test-browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../src/index';
import { manyResult } from './manyFindings';
import { seedResult } from './seedRecords';

type Browser = Awaited<ReturnType<typeof launchChromium>>;

const skip = !chromiumAvailable();
if (skip) {
  console.warn(`[html.browser] skipped: ${CHROMIUM_PATH} is absent and CI is not set.`);
}

function open(browser: Browser, html: string, width: number) {
  return openPage(browser, { html }, width);
}

describe.skipIf(skip)('the HTML report in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the seed: no request, no console message, the bars with their figures', async () => {
    const { page, problems, requests } = await open(
      browser,
      renderReport(seedResult(), { format: 'html' }),
      1100,
    );
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe('Báo cáo khuyến công — 01/10/2024');
    const achieved = page.locator('svg.chart-attainment rect.bar.bar-achieved');
    expect(await achieved.count()).toBe(4);
    expect(await achieved.first().getAttribute('data-percent')).toBe('93.51');
    expect((await achieved.first().boundingBox())?.width ?? 0).toBeGreaterThan(100);
    const values = await page.locator('svg.chart-attainment text.bar-value').allTextContents();
    expect(values[0]).toBe('73,5 tỷ đồng · 93,51%');
    expect(values[1]).toBe('33,8 tỷ đồng · 52,03% (báo cáo)');
    const segments = page.locator('svg.chart-funding rect.seg[data-source="national"]');
    expect(await segments.first().getAttribute('data-share')).toBe('26.63');
    expect(await page.locator('.finding-group').count()).toBe(10);
    expect(await page.locator('.finding-group tbody tr').count()).toBe(19);
    await page.screenshot({ path: join(tmpdir(), 'khuyencong-report-seed.png'), fullPage: true });
  }, 60_000);

  it('on a phone, the page does not scroll sideways; 9,000 findings load', async () => {
    const phone = await open(browser, renderReport(seedResult(), { format: 'html' }), 390);
    const overflow = await phone.page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const many = manyResult();
    const big = await open(
      browser,
      renderReport(many, { format: 'html', skipInvalid: true }),
      1100,
    );
    expect(big.problems).toEqual([]);
    expect(big.requests).toEqual([]);
    expect(await big.page.locator('.finding-group tbody tr').count()).toBe(
      many.report.findings.total,
    );
  }, 120_000);

  it('renders under its CSP with its inline styles, and the same policy blocks a script and an outside image', async () => {
    const { page, problems, violations } = await open(
      browser,
      renderReport(seedResult(), { format: 'html' }),
      1100,
    );
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    // The inline style sheet applied: the bars have their colour, not the default black.
    const fill = await page.evaluate(
      `getComputedStyle(document.querySelector('svg.chart-attainment rect.bar.bar-achieved')).fill`,
    );
    expect(fill).not.toBe('rgb(0, 0, 0)');
    expect(fill).not.toBe('none');
    const injected = renderReport(seedResult(), { format: 'html' }).replace(
      '</body>',
      '<script>document.title = "pwned"</script><img src="https://evil.example/x.png"></body>',
    );
    const attacked = await open(browser, injected, 1100);
    expect((await attacked.violations()).map((line) => line.split(' ')[0]).sort()).toEqual([
      'img-src',
      'script-src-elem',
    ]);
    expect(await attacked.page.title()).toBe('Báo cáo khuyến công — 01/10/2024');
  }, 60_000);
});
