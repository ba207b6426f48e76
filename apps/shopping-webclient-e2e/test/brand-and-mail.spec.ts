import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { blockingViolations } from './helpers/axe-scan.js';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import { newShopper, signUp } from './helpers/shopper.js';

/**
 * The brand as a person sees it, at a desktop and a phone width: the storefront's home and
 * product pages and the website share one look (pictures under test-output/screenshots, named
 * brand-*), and the mail viewer shows the mail a shopper received, in their language.
 */
describe('one brand, and mails a person can read', () => {
  const shop = useShopBrowser();
  const { storefront, edgePort } = inject('shop');
  const website = new URL('/', storefront).toString();
  const mailViewer = `http://mail.${new URL(storefront).hostname}:${edgePort}/`;

  async function expectNoBlockingViolations(page: Page): Promise<void> {
    const violations = await blockingViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  }

  it.each([1366, 390])(
    'when the shop and the website are seen %i px wide, then both wear the brand',
    async (width) => {
      const page = await shop.newPage();
      await page.setViewportSize({ width, height: 900 });

      await page.goto(shop.url());
      const logo = page.locator('.site-header .brand-mark img');
      await logo.waitFor();
      const featured = page.getByRole('link', { name: 'Solitário Aurora' }).first();
      await featured.waitFor();
      await screenshot(page, `brand-home-${width}`);
      const burgundy = 'rgb(107, 45, 74)';
      const wordmark = page.locator('.site-header .brand-mark');
      await expect(wordmark.evaluate((el) => getComputedStyle(el).color)).resolves.toBe(burgundy);

      await featured.click();
      const addToCart = page.getByTestId('add-to-cart');
      await addToCart.waitFor();
      await expect(addToCart.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
        burgundy,
      );
      await screenshot(page, `brand-product-${width}`);
      await expectNoBlockingViolations(page);

      await page.goto(website);
      await page.locator('.site-header .brand-mark img').waitFor();
      await screenshot(page, `brand-website-${width}`);
      const button = page.locator('.hero .button').first();
      await expect(button.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
        burgundy,
      );
      // The browser opens each logo as a visitor would (Node cannot resolve *.localhost).
      const shopLogoUrl = new URL(String(await logo.getAttribute('src')), storefront).toString();
      const siteLogoUrl = await page
        .locator('.site-header .brand-mark img')
        .evaluate((img) => (img as HTMLImageElement).src);
      const fetchText = async (url: string) => (await page.goto(url))?.text();
      const [shopLogo, siteLogo] = [await fetchText(shopLogoUrl), await fetchText(siteLogoUrl)];
      expect(shopLogo).toContain('<svg');
      expect(shopLogo).toBe(siteLogo);
    },
  );

  it('when a shopper signs up in English, then the mail viewer shows them the English confirmation, HTML and text', async () => {
    const shopper = newShopper('viewer');
    const page = await shop.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(shop.url('signup'));
    await page.getByTestId('language-switch').selectOption('en');
    await signUp(page, shopper);

    await page.goto(mailViewer);
    const row = page.getByRole('row').filter({ hasText: shopper.email });
    await row.getByRole('link', { name: 'Confirm your e-mail · A Senhora dos Anéis' }).click();
    await page.getByRole('heading', { level: 1, name: /Confirm your e-mail/ }).waitFor();

    const mail = page.frameLocator('iframe.viewer-frame');
    await mail.getByRole('heading', { name: 'Confirm your e-mail address' }).waitFor();
    await expect(mail.getByText(`Hello ${shopper.name},`).count()).resolves.toBe(1);
    const button = mail.getByRole('link', { name: 'Confirm e-mail' });
    await expect(button.getAttribute('href')).resolves.toMatch(/\/shopping\/email-confirmation\//);
    await expect(page.locator('pre.viewer-text').textContent()).resolves.toContain(
      'Confirm e-mail:',
    );
    await screenshot(page, 'mail-viewer-mail-1366');
    await expectNoBlockingViolations(page);

    await page.setViewportSize({ width: 390, height: 900 });
    await screenshot(page, 'mail-viewer-mail-390');
    await page.goto(mailViewer);
    await screenshot(page, 'mail-viewer-list-390');
  });
});
