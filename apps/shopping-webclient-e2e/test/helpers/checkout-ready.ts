import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ShopBrowser } from './shop-browser.js';
import {
  addAddress,
  chooseCustomizations,
  confirmationLink,
  logIn,
  signUp,
  type Shopper,
} from './shopper.js';

/**
 * The way every paying journey starts: the shopper signs up, confirms, logs in, puts one ring
 * (a size and metal chosen) in the cart, adds a Portuguese address and opens the checkout.
 */
export async function openCheckoutWithRing(
  shop: ShopBrowser,
  page: Page,
  outboxDir: string,
  shopper: Shopper,
  ring: string,
): Promise<void> {
  await page.goto(shop.url('signup'));
  await signUp(page, shopper);
  await page.goto(await confirmationLink(outboxDir, shopper));
  await page.getByTestId('email-confirmed').waitFor();
  await page.goto(shop.url('login'));
  await logIn(page, shopper.email, shopper.password);
  // On a phone the header's links sit in a closed menu: present, not visible.
  await page.getByTestId('logout').waitFor({ state: 'attached' });

  await page.goto(shop.url());
  await page.getByRole('link', { name: ring }).first().click();
  await page.waitForURL(/\/anel\/[a-z0-9-]+$/);
  // The product's options come with its details: wait for them before choosing.
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(ring);
  await chooseCustomizations(page, ['tamanho', 'metal']);
  await page.getByTestId('add-to-cart').click();
  await page.getByRole('status').filter({ hasText: 'carrinho' }).waitFor();
  await page.goto(shop.url('account/addresses'));
  await addAddress(page);

  await page.goto(shop.url('cart'));
  await page.getByTestId('go-to-checkout').click();
  await page.getByTestId('price-breakdown').waitFor();
}
