import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { recordCspViolations, type CspViolation } from './csp-violations.js';
import { launchChromium } from './launch-chromium.js';

const PAGE = `<!doctype html><html><body>
<p style="color: red">styled inline</p>
<script>document.title = 'inline script ran';</script>
<img src="http://images.elsewhere.invalid/ring.png">
</body></html>`;

describe('recordCspViolations', () => {
  let server: Server;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'",
      });
      res.end(PAGE);
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('when a page breaks its policy, then each blocked script, style and image is recorded', async () => {
    const context = await browser.newContext();
    const violations: CspViolation[] = [];
    await recordCspViolations(context, violations);
    const page = await context.newPage();
    await page.goto(url);
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
    expect(await page.title()).toBe('');
    expect(violations.map((violation) => violation.directive).sort()).toEqual([
      'img-src',
      'script-src-elem',
      'style-src-attr',
    ]);
    expect(violations.every((violation) => violation.page === url)).toBe(true);
    await context.close();
  });
});
