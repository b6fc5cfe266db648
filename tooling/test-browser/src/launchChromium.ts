import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser (`.ci/run` installs it). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Whether the browser tests can run. Without Chromium they are skipped locally; in CI (`CI` set) a missing
 * browser is an error, so a broken install never passes as "skipped".
 */
export function chromiumAvailable(): boolean {
  const present = existsSync(CHROMIUM_PATH);
  if (!present && process.env['CI']) {
    throw new Error(`${CHROMIUM_PATH} is missing: .ci/run installs Debian's chromium`);
  }
  return present;
}

/**
 * Starts headless Chromium with the flags this machine needs: no sandbox (root), no GPU, and none of the
 * background network traffic a closed network refuses. Playwright gives each launch a fresh profile.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    headless: true,
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
