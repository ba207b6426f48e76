import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { sidewaysOverflow, unreachableControls } from './helpers/layout-fit.js';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import {
  addAddress,
  chooseCustomizations,
  confirmationLink,
  logIn,
  newShopper,
  signUp,
} from './helpers/shopper.js';

/*
 * Every page a shopper reaches, on phones and on a laptop: none may scroll sideways (a word,
 * table or form wider than the screen), and the controls each page is for must be on screen
 * and not covered by anything else. Every finding of the whole walk is listed at once.
 */
const VIEWPORTS = [
  // WCAG's reflow width: a 1280 px window zoomed to 400 %, or a small phone.
  { name: 'small phone', width: 320, height: 640 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 900 },
] as const;

describe.each(VIEWPORTS)('page widths at $width px ($name)', (viewport) => {
  const shop = useShopBrowser();
  const { outboxDir } = inject('shop');

  it('when a shopper goes through every page of the shop, then none scrolls sideways and its main controls can be reached', async () => {
    const page = await shop.newPage(viewport);
    const phone = viewport.width < 640;
    const problems: string[] = [];
    const header = (p: Page): Record<string, Locator> => ({
      'header search': p.locator('#site-search-input'),
      'header cart': p.getByTestId('cart-link'),
      'header categories': p.getByTestId('category-menu-toggle'),
      ...(phone ? { 'header menu': p.locator('button[aria-controls="site-nav"]') } : {}),
    });

    async function check(name: string, controls: Record<string, Locator> = {}): Promise<void> {
      await screenshot(page, `widths-${viewport.width}-${name}`);
      const found = [
        ...(await sidewaysOverflow(page)),
        ...(await unreachableControls({ ...header(page), ...controls })),
      ];
      problems.push(...found.map((problem) => `${name}: ${problem}`));
    }

    await page.goto(shop.url());
    await page.getByRole('link', { name: 'Solitário Aurora' }).first().waitFor();
    await check('home', { 'a ring': page.getByRole('link', { name: 'Solitário Aurora' }) });
    if (phone) {
      await page.locator('button[aria-controls="site-nav"]').click();
      await check('home-menu-open', { 'log-in link': page.locator('#site-nav a[href$="/login"]') });
      await page.keyboard.press('Escape');
    }
    await page.getByTestId('category-menu-toggle').click();
    await check('home-categories-open', {
      'a category': page.getByTestId('category-menu').getByRole('link'),
    });

    await page.getByTestId('category-menu').getByRole('link').first().click();
    await page.waitForURL(/\/categoria\//);
    await page.getByTestId('product-card').first().waitFor();
    await check('category', { 'search this category': page.getByTestId('category-search') });

    await page.goto(shop.url('search?q=Aurora&metal=ouro-amarelo'));
    await page.getByTestId('result-count').waitFor();
    await check('search-filters', {
      category: page.getByTestId('filter-category'),
      metal: page.getByTestId('filter-metal'),
      size: page.getByTestId('filter-size'),
      'min price': page.getByTestId('filter-min-price'),
      'max price': page.getByTestId('filter-max-price'),
      sort: page.getByTestId('filter-sort'),
    });

    await page.goto(shop.url('search?q=Aurora'));
    await page.getByTestId('product-card').first().getByRole('link').first().click();
    await page.getByTestId('add-to-cart').waitFor();
    const productPath = new URL(page.url()).pathname.replace(/^\/shopping/, '');
    await check('product', {
      size: page.getByTestId('customization-tamanho'),
      'add to cart': page.getByTestId('add-to-cart'),
    });

    const guestPages: [string, string, (p: Page) => Locator][] = [
      ['login', 'login', (p) => p.getByTestId('login-submit')],
      ['signup', 'signup', (p) => p.getByTestId('signup-submit')],
      ['forgot-password', 'forgot-password', (p) => p.locator('main button[type="submit"]')],
      ['resend-confirmation', 'resend-confirmation', (p) => p.locator('main button')],
      ['about', 'about', (p) => p.locator('main h1')],
      ['faq', 'faq', (p) => p.locator('main h1')],
      ['contact', 'contact', (p) => p.locator('main h1')],
      ['not-found', 'esta-pagina-nao-existe', (p) => p.locator('main h1')],
    ];
    for (const [name, path, control] of guestPages) {
      await page.goto(shop.url(path));
      await control(page).first().waitFor();
      await check(name, { [name]: control(page) });
    }

    const shopper = newShopper(`widths-${viewport.width}`);
    await page.goto(shop.url('signup'));
    await signUp(page, shopper);
    await check('signup-done');
    await page.goto(await confirmationLink(outboxDir, shopper));
    await page.getByTestId('email-confirmed').waitFor();
    await check('email-confirmed');
    await page.goto(shop.url(`login?redirect=${encodeURIComponent(productPath)}`));
    await logIn(page, shopper.email, shopper.password);
    await page.getByTestId('logout').waitFor({ state: 'attached' });
    await page
      .getByTestId('customization-tamanho')
      .locator('option')
      .nth(1)
      .waitFor({ state: 'attached' });
    const hasMetal = (await page.getByTestId('customization-metal').count()) > 0;
    await chooseCustomizations(page, hasMetal ? ['tamanho', 'metal'] : ['tamanho']);
    const swatches = page.locator('label.swatch');
    if ((await swatches.count()) > 0) await swatches.first().click();
    await page.getByTestId('add-to-cart').click();
    await page.getByRole('status').filter({ hasText: 'carrinho' }).waitFor();
    if (phone) {
      // Logged in, the menu holds the account's links and the greeting with the shopper's name.
      await page.locator('button[aria-controls="site-nav"]').click();
      await check('product-menu-logged-in', { 'log out': page.getByTestId('logout') });
      await page.keyboard.press('Escape');
    }

    await page.goto(shop.url('cart'));
    await page.getByTestId('cart-line').waitFor();
    await check('cart', { checkout: page.getByTestId('go-to-checkout') });

    await page.goto(shop.url('account/addresses'));
    await page.getByTestId('address-add').click();
    await page.getByTestId('address-country').waitFor();
    await check('addresses-form', {
      street: page.getByTestId('address-addressLine1'),
      country: page.getByTestId('address-country'),
      save: page.getByTestId('address-save'),
    });
    await page.getByRole('button', { name: 'Cancelar' }).click();
    await addAddress(page);
    await check('addresses', { add: page.getByTestId('address-add') });

    await page.goto(shop.url('checkout'));
    await page.getByTestId('price-breakdown').waitFor();
    await page.getByRole('button', { name: 'Adicionar morada' }).click();
    await page.getByTestId('address-save').waitFor();
    await check('checkout-address-form', {
      street: page.getByTestId('address-addressLine1'),
      save: page.getByTestId('address-save'),
    });
    await page.getByRole('button', { name: 'Cancelar' }).click();
    await page.getByLabel('Transferência bancária').check();
    await check('checkout', {
      'bank transfer': page.getByLabel('Transferência bancária'),
      'place order': page.getByTestId('place-order'),
    });

    await page.getByTestId('place-order').click();
    await page.waitForURL(/\/orders\/[0-9a-f]{24}\?placed=1/);
    await page.getByTestId('bank-transfer').waitFor();
    await check('order', { 'order number': page.getByTestId('order-number') });

    await page.goto(shop.url('orders'));
    await page.getByTestId('order-row').first().waitFor();
    await check('orders', { 'an order': page.getByTestId('order-row').getByRole('link') });

    expect(problems).toEqual([]);
  });
});
