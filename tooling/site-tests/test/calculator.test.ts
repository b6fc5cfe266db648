import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumAvailable, launchChromium } from '@khuyencong/test-browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PAGE = resolve(import.meta.dirname, '../../../docs/site/calculator/index.html');
const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');
const haveBrowser = chromiumAvailable();

describe.skipIf(!haveBrowser)('calculator page (docs/site/calculator, opened as a file)', () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(pathToFileURL(PAGE).href);
  });

  afterAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page?.screenshot({ path: join(ARTIFACTS, 'calculator.png'), fullPage: true });
    await browser?.close();
  });

  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a user reads it
  const text = (id: string) => page.locator(`[data-testid="${id}"]`).innerText();

  it('loads with no console errors and computes the defaults', async () => {
    expect(await text('words-result')).toBe('Bảy mươi ba tỷ năm trăm triệu đồng');
    expect(consoleErrors).toEqual([]);
  });

  it('reads a typed amount in words, as printed or as digits', async () => {
    await page.fill('#words-amount', '1.100.000.000.000 đồng');
    expect(await text('words-result')).toBe('Một nghìn một trăm tỷ đồng');
    await page.fill('#words-amount', '1001');
    expect(await text('words-result')).toBe('Một nghìn không trăm lẻ một đồng');
    expect(await text('words-formatted')).toBe('1.001 đồng');
  });

  it('parses a printed figure with its approximate word', async () => {
    await page.fill('#parse-text', 'gần 8 tỷ đồng');
    expect(await text('parse-amount')).toBe('8.000.000.000 đồng');
    expect(await text('parse-qualifier')).not.toBe('—');
  });

  it('checks the seed article: 93,5% is consistent, 115,6% of 6,04 tỷ for "gần 8 tỷ" is not', async () => {
    expect(await text('att-percent')).toContain('93,51%');
    expect(await text('att-check')).toContain('khớp');
    expect(await text('att-check')).not.toContain('KHÔNG');
    await page.fill('#att-achieved', 'gần 8 tỷ đồng');
    await page.fill('#att-planned', '6,04 tỷ đồng');
    await page.fill('#att-reported', '115,6');
    expect(await text('att-check')).toContain('KHÔNG khớp');
  });

  it('computes support under TT 28/2018: 1,36 tỷ of machinery binds at the 300 triệu cap', async () => {
    await page.selectOption('#sup-rule-set', 'tt-28-2018');
    await page.selectOption('#sup-activity', 'machinery');
    await page.fill('#sup-cost', '1,36 tỷ đồng');
    expect(await text('sup-amount')).toBe('300.000.000 đồng');
    expect(await text('sup-binding')).toContain('cap');
    expect(await text('sup-legal')).toContain('28/2018/TT-BTC');
    await page.check('#sup-technology-line');
    expect(await text('sup-amount')).toBe('450.000.000 đồng');
  });

  it('is reachable from the API reference, also from a nested page', async () => {
    for (const start of ['index.html', 'functions/_khuyencong_calc.allocate.html']) {
      const other = await browser.newPage();
      await other.goto(pathToFileURL(resolve(PAGE, '../..', start)).href);
      await other.locator('a[href$="calculator/index.html"]').first().click();
      expect(await other.title(), start).toBe('Máy tính khuyến công · khuyencong');
      await other.close();
    }
  });

  it('shows a Vietnamese message for bad input instead of crashing', async () => {
    await page.fill('#words-amount', 'abc');
    expect(await page.locator('#words-result').getAttribute('class')).toBe('error');
    expect(consoleErrors).toEqual([]);
  });
});
