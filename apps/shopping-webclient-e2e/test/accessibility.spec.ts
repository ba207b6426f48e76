import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { blockingViolations } from './helpers/axe-scan.js';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import {
  addAddress,
  chooseCustomizations,
  confirmationLink,
  logIn,
  newShopper,
  signUp,
} from './helpers/shopper.js';

/**
 * axe-core on the five pages of a purchase, each scanned once its content has loaded. Cart and
 * checkout are scanned as a signed-in shopper with a ring in the cart and an address saved.
 */
describe('accessibility (axe-core)', () => {
  const shop = useShopBrowser();
  const { outboxDir } = inject('shop');
  let page: Page;
  let productPath = '';

  beforeAll(async () => {
    page = await shop.newPage();
  });

  async function expectNoBlockingViolations(name: string): Promise<void> {
    await screenshot(page, `a11y-${name}`);
    const violations = await blockingViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  }

  it('when the home page has loaded, then it has no serious or critical violation', async () => {
    await page.goto(shop.url());
    await page.getByRole('link', { name: 'Solitário Aurora' }).first().waitFor();
    await expectNoBlockingViolations('home');
  });

  it('when search results are shown, then the page has no serious or critical violation', async () => {
    await page.goto(shop.url('search?q=Aurora&category=Noivado'));
    await page.getByTestId('result-count').waitFor();
    await page.getByTestId('product-card').first().waitFor();
    await expectNoBlockingViolations('search');
  });

  it('when a product is shown, then its page has no serious or critical violation', async () => {
    await page.getByTestId('product-card').first().getByRole('link').first().click();
    await page.getByTestId('add-to-cart').waitFor();
    productPath = new URL(page.url()).pathname.replace(/^\/shopping/, '');
    // Adding before choosing a size shows the missing choice next to its field: scanned too.
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('missing-tamanho').waitFor();
    await expectNoBlockingViolations('product');
  });

  it('when the cart holds a ring, then the cart page has no serious or critical violation', async () => {
    const shopper = newShopper('a11y');
    await page.goto(shop.url('signup'));
    await signUp(page, shopper);
    await page.goto(await confirmationLink(outboxDir, shopper));
    await page.getByTestId('email-confirmed').waitFor();
    await page.goto(shop.url(`login?redirect=${encodeURIComponent(productPath)}`));
    await logIn(page, shopper.email, shopper.password);
    await page.getByTestId('logout').waitFor();
    await page
      .getByTestId('customization-tamanho')
      .locator('option')
      .nth(1)
      .waitFor({ state: 'attached' });
    const hasMetal = (await page.getByTestId('customization-metal').count()) > 0;
    await chooseCustomizations(page, hasMetal ? ['tamanho', 'metal'] : ['tamanho']);
    // A ring with a choice of stone asks for it too: the first colour is picked.
    const swatches = page.locator('label.swatch');
    if ((await swatches.count()) > 0) await swatches.first().click();
    await page.getByTestId('add-to-cart').click();
    await page.getByRole('status').first().waitFor();
    await page.goto(shop.url('cart'));
    await page.getByTestId('cart-line').waitFor();
    await expectNoBlockingViolations('cart');
  });

  it('when the checkout shows its price breakdown, then it has no serious or critical violation', async () => {
    await page.goto(shop.url('account/addresses'));
    await addAddress(page);
    await page.goto(shop.url('checkout'));
    await page.getByTestId('price-breakdown').waitFor();
    await expectNoBlockingViolations('checkout');
  });
});
