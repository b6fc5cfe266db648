import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

/** A page opened by {@link openPage}, with what it did while loading. */
export interface OpenedPage {
  readonly page: Page;
  /** Console messages (`type: text`) and uncaught page errors. */
  readonly problems: string[];
  /** Requests for anything but a `file:` URL (a self-contained page makes none). */
  readonly requests: string[];
  /** The Content-Security-Policy violations so far (`directive blockedURI`), from `securitypolicyviolation`. */
  readonly violations: () => Promise<string[]>;
}

/**
 * Opens an HTML page in a new tab of `browser`: a file, or a string written to a fresh temporary file (so it
 * loads from `file:` as a user's saved report does). Records console messages, page errors, outside requests
 * and CSP violations; the violation listener is an init script, which runs before the page's own content and
 * outside its policy.
 */
export async function openPage(
  browser: Browser,
  source: { readonly file: string } | { readonly html: string },
  width: number,
): Promise<OpenedPage> {
  let file: string;
  if ('file' in source) {
    file = source.file;
  } else {
    file = join(mkdtempSync(join(tmpdir(), 'khuyencong-page-')), 'bao-cao.html');
    writeFileSync(file, source.html);
  }
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  await page.addInitScript({
    content: `globalThis.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        globalThis.__violations.push(event.violatedDirective + ' ' + event.blockedURI);
      });`,
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  const violations = async () => (await page.evaluate('globalThis.__violations')) as string[];
  return { page, problems, requests, violations };
}
