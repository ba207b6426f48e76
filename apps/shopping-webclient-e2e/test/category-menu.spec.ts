import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { blockingViolations } from './helpers/axe-scan.js';
import { edgeGet } from './helpers/edge-get.js';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';

/*
 * The header's category menu: on a phone a shopper opens it with the button (by touch or by
 * keyboard), goes to a category's page, and the menu is closed there; on a desktop the same.
 * The server's HTML already carries its links, for crawlers and for the app to hydrate.
 */
describe('header category menu', () => {
  const shop = useShopBrowser();
  const { edgePort } = inject('shop');

  const toggle = (page: Page) => page.getByTestId('category-menu-toggle');
  const menu = (page: Page) => page.getByRole('navigation', { name: 'Categorias de anéis' });

  async function expectNoBlockingViolations(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    const violations = await blockingViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  }

  it('when a shopper on a phone opens the menu, then it lists the categories, Escape closes it, and a category leads to its page with the menu closed', async () => {
    const page = await shop.newPage({ width: 390, height: 844 });
    await page.goto(shop.url());
    await page.getByRole('link', { name: 'Solitário Aurora' }).first().waitFor();
    await expect(toggle(page).getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await menu(page).isVisible()).toBe(false);

    await toggle(page).click();
    await menu(page).waitFor();
    await expect(toggle(page).getAttribute('aria-expanded')).resolves.toBe('true');
    // The open menu fits the phone's width: nothing to scroll sideways to.
    const box = await menu(page).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await expectNoBlockingViolations(page, 'category-menu-390-open');

    await page.keyboard.press('Escape');
    await menu(page).waitFor({ state: 'hidden' });
    await expect(toggle(page).getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await toggle(page).evaluate((button) => button === document.activeElement)).toBe(true);

    // By keyboard: the button opens it, Tab reaches its first category, Enter follows it.
    await page.keyboard.press('Enter');
    await menu(page).waitFor();
    await page.keyboard.press('Tab');
    const chosen = (await page.evaluate(() => document.activeElement?.textContent))?.trim();
    expect(chosen).toBeTruthy();
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/\/shopping\/categoria\/[a-z0-9-]+$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/shopping\/categoria\/[a-z0-9-]+$/);
    await expect(page.locator('h1').textContent()).resolves.toContain(chosen);
    await page.getByTestId('product-card').first().waitFor();
    await expect(toggle(page).getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await menu(page).isVisible()).toBe(false);
    await screenshot(page, 'category-menu-390-category');
  });

  it('when a shopper on a desktop opens the menu, then a category leads to its page', async () => {
    const page = await shop.newPage({ width: 1366, height: 900 });
    await page.goto(shop.url('search'));
    await toggle(page).click();
    await menu(page).waitFor();
    await expectNoBlockingViolations(page, 'category-menu-1366-open');

    const link = menu(page).locator('ul a').first();
    const name = (await link.textContent())?.trim() ?? '';
    await link.click();
    await page.waitForURL(/\/shopping\/categoria\/[a-z0-9-]+$/);
    await expect(page.locator('h1').textContent()).resolves.toContain(name);
    expect(await menu(page).isVisible()).toBe(false);
  });

  it('when a page is fetched without JavaScript, then its HTML already holds the menu and its category links', async () => {
    const answer = await edgeGet(edgePort, shop.url('anel/solitario-aurora'));
    expect(answer.status).toBe(200);
    const nav = /<nav[^>]*id="category-menu-panel"[\s\S]*?<\/nav>/.exec(answer.text)?.[0] ?? '';
    expect(nav).toContain('aria-label="Categorias de anéis"');
    expect(nav).toMatch(/href="\/shopping\/categoria\/[a-z0-9-]+"/);
    expect(answer.text).toMatch(
      /<button[^>]*aria-expanded="false"[^>]*data-testid="category-menu-toggle"/,
    );
  });
});
