import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium, recordCspViolations, type CspViolation } from '@aneis/e2e-support';
import { SCREENSHOT_DIR } from './screenshot-dir.js';

export interface ShopBrowser {
  /**
   * A page in a context of its own (no cookies or cache shared with other tests), on the
   * storefront; a desktop window unless another viewport is asked for.
   */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** `path` relative to the storefront root, e.g. `search?q=aurora`. */
  url(path?: string): string;
}

/**
 * One Chromium per test file; every context opened through it is closed after the file. When a
 * test fails, each page's picture, what its browser complained of and the stack's latest output
 * are printed: a timeout alone rarely says why. Every test also fails when a storefront page came
 * without its Content-Security-Policy or the policy blocked anything: a blocked script or image
 * may leave a page that still looks right.
 */
export function useShopBrowser(): ShopBrowser {
  const { storefront, stackLog } = inject('shop');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const problems: string[] = [];
  const violations: CspViolation[] = [];
  const unprotected: string[] = [];

  afterEach(() => {
    expect(unprotected.splice(0), 'storefront pages served without a CSP').toEqual([]);
    expect(violations.splice(0), 'Content-Security-Policy violations').toEqual([]);
  });

  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(async () => {
      for (const [index, page] of pages.entries()) {
        problems.push(`[page ${index + 1}] was at ${page.url()}`);
        await screenshot(page, `FAILED-${slug(task.name)}-${index + 1}`).catch(() => undefined);
      }
      const tail = await readFile(stackLog, 'utf8').then(
        (text) => text.slice(-4_000),
        (error: unknown) => `(no stack log: ${String(error)})`,
      );
      console.error([...problems, 'local stack output (tail):', tail].join('\n'));
    });
  });

  beforeAll(async () => {
    browser = await launchChromium();
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  return {
    async newPage(viewport = { width: 1280, height: 900 }) {
      if (!browser) throw new Error('the browser is not started (use inside a test)');
      const context = await browser.newContext({
        viewport,
        locale: 'pt-PT',
      });
      contexts.push(context);
      context.setDefaultTimeout(15_000);
      await recordCspViolations(context, violations);
      const page = await context.newPage();
      pages.push(page);
      recordProblems(page, `[page ${pages.length}]`, problems);
      page.on('response', (response) => {
        const document = response.request().resourceType() === 'document';
        if (document && response.url().startsWith(storefront)) {
          if (!response.headers()['content-security-policy']) unprotected.push(response.url());
        }
      });
      return page;
    },
    url: (path = '') => new URL(path, storefront).toString(),
  };
}

/** A full-page screenshot named after the step, e.g. `journey-01-home.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Images still downloading would show as empty frames.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Page errors, console errors, failed requests and 5xx answers, each labelled with its page. */
function recordProblems(page: Page, label: string, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`${label} page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${label} console: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`${label} failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${label} ${response.status()} ${response.url()}`);
  });
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60);
}
