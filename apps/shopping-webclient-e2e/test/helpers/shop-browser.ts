import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '@aneis/e2e-support';
import { SCREENSHOT_DIR } from './screenshot-dir.js';

export interface ShopBrowser {
  /** A page in a context of its own (no cookies shared with other tests), on the storefront. */
  newPage(): Promise<Page>;
  /** `path` relative to the storefront root, e.g. `search?q=aurora`. */
  url(path?: string): string;
}

/** One Chromium per test file; every context opened through it is closed after the file. */
export function useShopBrowser(): ShopBrowser {
  const { storefront } = inject('shop');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  return {
    async newPage() {
      if (!browser) throw new Error('the browser is not started (use inside a test)');
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'pt-PT',
      });
      contexts.push(context);
      context.setDefaultTimeout(15_000);
      return context.newPage();
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
