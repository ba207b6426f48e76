import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; playwright-core brings no browser of its own. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // *.localhost is loopback (RFC 6761); said explicitly so no resolver is ever asked.
  '--host-resolver-rules=MAP *.localhost 127.0.0.1',
];

/**
 * Headless Chromium. Playwright gives every launch a fresh temporary profile (user-data dir) and
 * deletes it on close, so runs never share cookies, storage or cache.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
