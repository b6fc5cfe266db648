// The HTML report's Content-Security-Policy in headless Chromium: the page renders (styles, charts) with no
// violation, and the same policy does block a script slipped into the page (so the check can fail).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from '@khuyencong/test-browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../src/index';
import { seedResult } from './seedRecords';

type Browser = Awaited<ReturnType<typeof launchChromium>>;

const skip = !chromiumAvailable();
if (skip) console.warn(`[csp.browser] skipped: ${CHROMIUM_PATH} is absent and CI is not set.`);

/** Opens `html`; the CSP violations (reported by the page's `securitypolicyviolation` event) and console lines. */
async function violationsOf(browser: Browser, html: string, screenshot?: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'khuyencong-csp-')), 'bao-cao.html');
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const console: string[] = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  // An init script runs before the page's own content, outside its CSP.
  await page.addInitScript({
    content: `globalThis.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        globalThis.__violations.push(event.violatedDirective + ' ' + event.blockedURI);
      });`,
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  const violations = (await page.evaluate('globalThis.__violations')) as string[];
  const fill = (await page.evaluate(
    `(() => { const bar = document.querySelector('svg.chart-attainment rect.bar.bar-achieved');
      return bar === null ? 'none' : getComputedStyle(bar).fill; })()`,
  )) as string;
  if (screenshot !== undefined) await page.screenshot({ path: screenshot, fullPage: false });
  await page.close();
  return { violations, console, fill };
}

describe.skipIf(skip)('the HTML report under its CSP in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders with its inline styles and no CSP violation', async () => {
    const html = renderReport(seedResult(), { format: 'html' });
    const { violations, console, fill } = await violationsOf(
      browser,
      html,
      join(tmpdir(), 'khuyencong-report-csp.png'),
    );
    expect(violations).toEqual([]);
    expect(console).toEqual([]);
    // The inline style sheet applied: the bars have their colour, not the default black.
    expect(fill).not.toBe('rgb(0, 0, 0)');
    expect(fill).not.toBe('none');
  }, 60_000);

  it('the same policy blocks a script and an image fetched from elsewhere', async () => {
    const html = renderReport(seedResult(), { format: 'html' }).replace(
      '</body>',
      '<script>document.title = "pwned"</script><img src="https://evil.example/x.png"></body>',
    );
    const { violations } = await violationsOf(browser, html);
    expect(violations.map((line) => line.split(' ')[0]).sort()).toEqual([
      'img-src',
      'script-src-elem',
    ]);
  }, 60_000);
});
