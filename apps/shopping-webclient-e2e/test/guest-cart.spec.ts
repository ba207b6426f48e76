import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import {
  chooseCustomizations,
  confirmationLink,
  logIn,
  newShopper,
  signUp,
  textOf,
  type Shopper,
} from './helpers/shopper.js';

/**
 * Issue 17 item 4: a visitor fills a cart without an account; at checkout they are asked to log
 * in or sign up, and the cart they filled is the one checkout shows, once (not doubled).
 */
describe('the guest cart', () => {
  const shop = useShopBrowser();
  const { outboxDir } = inject('shop');
  const RING = 'Solitário Aurora';

  /** As a visitor: the ring, two of it, into the cart; the header counts them. */
  async function fillCartAsGuest(page: Page, label: string): Promise<void> {
    await page.goto(shop.url('search?q=Aurora'));
    const card = page.getByTestId('product-card').filter({ hasText: RING }).first();
    await card.getByRole('link').first().click();
    await page.waitForURL(/\/anel\/[a-z0-9-]+$/);
    // The choices are read from the page: wait until the product (and its selects) has arrived.
    await page.getByRole('heading', { level: 1, name: RING }).waitFor();
    await page
      .getByTestId('customization-tamanho')
      .locator('option')
      .first()
      .waitFor({ state: 'attached' });
    await chooseCustomizations(page, ['tamanho', 'metal']);
    await page.getByTestId('quantity').fill('2');
    await page.getByTestId('add-to-cart').click();
    await page.getByRole('status').filter({ hasText: 'carrinho' }).waitFor();
    expect(page.url()).toMatch(/\/anel\//);
    await expect(textOf(page, 'cart-link')).resolves.toMatch(/2$/);
    await screenshot(page, `${label}-01-guest-added`);

    await page.getByTestId('cart-link').click();
    await page.getByTestId('cart-line').filter({ hasText: RING }).waitFor();
    await page.getByTestId('guest-checkout-prompt').waitFor();
    expect(await page.getByTestId('go-to-checkout').count()).toBe(0);
    // Every part of the line (count, total, remove) lies within the screen and holds its own
    // content (a word spilling out of its button, an input wider than its cell), also on a phone.
    const misfits = await page
      .getByTestId('cart-line')
      .first()
      .evaluate((line) => {
        const width = document.documentElement.clientWidth;
        return Array.from(line.querySelectorAll('*'))
          .filter((part) => {
            const box = part.getBoundingClientRect();
            const spills = part.scrollWidth > part.clientWidth + 1 && part.clientWidth > 0;
            return box.width > 0 && (box.left < 0 || box.right > width + 1 || spills);
          })
          .map((part) => `${part.tagName.toLowerCase()}.${part.className}`);
      });
    expect(misfits, 'parts of the cart line outside the screen or spilling out').toEqual([]);
    await screenshot(page, `${label}-02-guest-cart-prompt`);
  }

  /** Checkout opened, logged in, with the guest's ring counted once. */
  async function expectCheckoutWithTheCart(page: Page, label: string): Promise<void> {
    await page.waitForURL(/\/checkout$/);
    await page.getByRole('heading', { level: 1, name: 'Finalizar compra' }).waitFor();
    await expect(textOf(page, 'cart-link')).resolves.toMatch(/2$/);
    await page.getByTestId('cart-link').click();
    const lines = page.getByTestId('cart-line');
    await lines.first().waitFor();
    expect(await lines.count()).toBe(1);
    await expect(lines.first().textContent()).resolves.toContain(RING);
    await page.getByTestId('go-to-checkout').waitFor();
    await screenshot(page, `${label}-04-checkout-reachable`);
  }

  async function confirmedAccount(shopper: Shopper): Promise<void> {
    const page = await shop.newPage();
    await page.goto(shop.url('signup'));
    await signUp(page, shopper);
    await page.goto(await confirmationLink(outboxDir, shopper));
    await page.getByTestId('email-confirmed').waitFor();
    await page.close();
  }

  it.each([
    ['a phone', { width: 390, height: 844 }],
    ['a laptop', { width: 1366, height: 900 }],
  ])(
    'when a guest on %s fills a cart and logs in from the checkout prompt, then checkout opens with that cart',
    async (_screen, viewport) => {
      const label = `guest-login-${viewport.width}`;
      const shopper = newShopper(label);
      await confirmedAccount(shopper);
      const page = await shop.newPage(viewport);
      await fillCartAsGuest(page, label);

      await page.getByTestId('guest-checkout-login').click();
      await page.waitForURL(/\/login\?redirect=/);
      await page.getByTestId('guest-checkout-prompt').waitFor();
      await screenshot(page, `${label}-03-login`);
      await logIn(page, shopper.email, shopper.password);
      await expectCheckoutWithTheCart(page, label);
    },
  );

  it.each([
    ['a phone', { width: 390, height: 844 }],
    ['a laptop', { width: 1366, height: 900 }],
  ])(
    'when a guest on %s fills a cart and signs up from the checkout prompt, then after confirming and logging in checkout has the cart once',
    async (_screen, viewport) => {
      const label = `guest-signup-${viewport.width}`;
      const shopper = newShopper(label);
      const page = await shop.newPage(viewport);
      await fillCartAsGuest(page, label);

      await page.getByTestId('guest-checkout-signup').click();
      await page.waitForURL(/\/signup\?redirect=/);
      await signUp(page, shopper);
      await page.getByTestId('signup-cart-kept').waitFor();
      await screenshot(page, `${label}-03-signed-up`);

      // The confirmation link opened in the same browser; then the way back to checkout.
      await page.goto(await confirmationLink(outboxDir, shopper));
      await page.getByTestId('email-confirmed').waitFor();
      await page.goto(shop.url('login?redirect=/checkout'));
      await page.getByTestId('guest-checkout-prompt').waitFor();
      await logIn(page, shopper.email, shopper.password);
      await expectCheckoutWithTheCart(page, label);
    },
  );
});
