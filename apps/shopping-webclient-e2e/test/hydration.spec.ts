import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { edgeGet } from './helpers/edge-get.js';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import {
  chooseCustomizations,
  confirmationLink,
  logIn,
  newShopper,
  signUp,
} from './helpers/shopper.js';

/*
 * The app hydrates the pages the shopping server renders instead of replacing them: the
 * server's heading and ring cards inside #app are the very nodes the shopper goes on using,
 * in Portuguese and, for a shopper who chose English, in English.
 */
const RING = 'Solitário Aurora';
const RING_SLUG = 'solitario-aurora';
/** How the ring's description (the demo catalogue's) begins. */
const RING_DESCRIPTION = 'O nosso solitário mais pedido';
const WATCHED = 'h1, [data-testid="product-card"], .featured, [data-testid="product-details"]';
/** The header's login link: a logged-in shopper's page must never have had one. */
const LOGIN_LINK = 'a[href$="/login"]';

/**
 * Runs before the page's own scripts: notes the first heading and product description #app
 * receives (the server's, as the HTML parser inserts them), whether a login link ever came,
 * and every watched node taken out of the page afterwards.
 */
function watchRemovals({ watched, loginLink }: { watched: string; loginLink: string }) {
  const seen = window as unknown as {
    removed: string[];
    firstHeading: Element | null;
    firstDetails: Element | null;
    loginLinkSeen: boolean;
  };
  seen.removed = [];
  seen.firstHeading = null;
  seen.firstDetails = null;
  seen.loginLinkSeen = false;
  const first = (node: Element, selector: string) => {
    const found = node.matches(selector) ? node : node.querySelector(selector);
    return found?.closest('#app') ? found : null;
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        seen.firstHeading ??= first(node, 'h1');
        seen.firstDetails ??= first(node, '[data-testid="product-details"]');
        if (first(node, loginLink)) seen.loginLinkSeen = true;
      }
      for (const node of Array.from(record.removedNodes)) {
        if (!(node instanceof Element)) continue;
        if (node.matches(watched) || node.querySelector(watched)) {
          seen.removed.push(node.outerHTML.slice(0, 120));
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

interface Watched {
  page: Page;
  errors: string[];
}

describe('hydrated storefront pages', () => {
  const shop = useShopBrowser();
  const { storefront, shoppingApi, edgePort, outboxDir } = inject('shop');

  async function openWatched(
    path: string,
    { language, page = shop.newPage() }: { language?: 'en'; page?: Promise<Page> } = {},
  ): Promise<Watched> {
    const opened = await page;
    if (language) {
      await opened
        .context()
        .addCookies([{ name: 'aneis_shop_locale', value: language, url: storefront }]);
    }
    const errors: string[] = [];
    opened.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    opened.on('pageerror', (error) => errors.push(error.message));
    await opened.addInitScript(watchRemovals, { watched: WATCHED, loginLink: LOGIN_LINK });
    await opened.goto(shop.url(path), { waitUntil: 'networkidle' });
    return { page: opened, errors };
  }

  /** The product description the page shows is the one the server's HTML brought. */
  async function expectServerDescription(page: Page, text: string) {
    const details = await page.evaluate(() => {
      const seen = window as unknown as { firstDetails: Element | null };
      const now = document.querySelector('#app [data-testid="product-details"]');
      return {
        same: seen.firstDetails !== null && seen.firstDetails === now,
        text: now?.textContent ?? '',
      };
    });
    expect(details.same, 'the server’s description is still the page’s').toBe(true);
    expect(details.text).toContain(text);
    // …and it was in the HTML itself, not added by the app once it ran
    const html = (await edgeGet(edgePort, page.url())).text;
    expect(html).toMatch(new RegExp(`data-testid="product-details"[^>]*>[^]*?${text}`));
  }

  /** The server's heading is still the page's, and nothing watched left the page. */
  async function expectHydrated({ page, errors }: Watched, heading: string) {
    const state = await page.evaluate(() => {
      const seen = window as unknown as { removed: string[]; firstHeading: Element | null };
      const now = document.querySelector('#app h1');
      return {
        removed: seen.removed,
        sameHeading: seen.firstHeading !== null && seen.firstHeading === now,
        heading: now?.textContent?.trim(),
      };
    });
    expect(state.removed, 'server markup the app took out').toEqual([]);
    expect(state.sameHeading, 'the server’s <h1> is still the page’s').toBe(true);
    expect(state.heading).toBe(heading);
    expect(errors, 'console errors (a hydration mismatch is one)').toEqual([]);
  }

  async function categoryOfRing(): Promise<{ slug: string; label: string }> {
    const api = `${shoppingApi.replace(/\/+$/, '')}/catalog/getProductBySlug?slug=${RING_SLUG}`;
    const answer = await edgeGet(edgePort, api, { origin: new URL(storefront).origin });
    expect(answer.status, answer.text).toBe(200);
    const body = JSON.parse(answer.text) as {
      responseData: { category: { slug?: string; category: string; subcategory: string } };
    };
    const category = body.responseData.category;
    expect(category.slug).toMatch(/^[a-z0-9-]+$/);
    return { slug: category.slug ?? '', label: `${category.category} · ${category.subcategory}` };
  }

  it('when a product page loads with JavaScript, then the app takes over the server’s markup without replacing it, and a ring goes into the cart', async () => {
    const watched = await openWatched(`anel/${RING_SLUG}`);
    const { page } = watched;
    await expectHydrated(watched, RING);
    await expectServerDescription(page, RING_DESCRIPTION);

    await chooseCustomizations(page, ['tamanho', 'metal']);
    await page.getByTestId('add-to-cart').click();
    await page.getByRole('status').filter({ hasText: 'carrinho' }).waitFor();
    await expect(page.getByTestId('cart-link').textContent()).resolves.toMatch(/1$/);
    await screenshot(page, 'hydrated-product');
  });

  it('when a category page loads with JavaScript, then its heading and ring cards are the server’s, and its links lead on in the app', async () => {
    const category = await categoryOfRing();
    const watched = await openWatched(`categoria/${category.slug}`);
    const { page } = watched;
    await expectHydrated(watched, category.label);
    const cards = page.getByTestId('product-card');
    expect(await cards.count()).toBeGreaterThan(0);
    await expect(
      cards.filter({ hasText: RING }).getByTestId('price').textContent(),
    ).resolves.toMatch(/€$/);

    await page.getByTestId('category-search').click();
    await page.waitForURL(/\/shopping\/search\?/);
    expect(new URL(page.url()).searchParams.get('subcategory')).toBe(
      category.label.split(' · ')[1],
    );
    await screenshot(page, 'hydrated-category');
  });

  it('when the home page loads with JavaScript, then its heading and featured rings are the server’s, and a featured ring leads to its page in the app', async () => {
    const watched = await openWatched('');
    const { page } = watched;
    await expectHydrated(watched, 'Anéis para todos os momentos');
    const featured = page.locator('.featured');
    expect(await featured.count()).toBeGreaterThan(0);

    await featured.locator('h2 a').first().click();
    await page.waitForURL(/\/shopping\/anel\/[a-z0-9-]+$/);
    await page.getByTestId('add-to-cart').waitFor();
    await screenshot(page, 'hydrated-home');
  });

  it('when a shopper who chose English opens a product page, then the server writes it in English and the app hydrates it as it is', async () => {
    const watched = await openWatched(`anel/${RING_SLUG}`, { language: 'en' });
    const { page } = watched;
    await expectHydrated(watched, RING);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
    await expect(page.getByTestId('add-to-cart').textContent()).resolves.toContain('Add to cart');

    await chooseCustomizations(page, ['tamanho', 'metal']);
    await page.getByTestId('add-to-cart').click();
    await page.getByRole('status').filter({ hasText: 'cart' }).waitFor();
  });

  it('when a logged-in shopper opens a product page, then the server’s HTML already greets them (never the login link) and the app hydrates it as it is', async () => {
    const shopper = newShopper('ssr-header');
    const page = await shop.newPage();
    await page.goto(shop.url('signup'));
    await signUp(page, shopper);
    await page.goto(await confirmationLink(outboxDir, shopper));
    await page.getByTestId('email-confirmed').waitFor();
    await page.goto(shop.url('login'));
    await logIn(page, shopper.email, shopper.password);
    await page.getByTestId('logout').waitFor();

    // The HTML as the server sends it to this browser (its cookies, no JavaScript run).
    const cookies = await page.context().cookies(shop.url(`anel/${RING_SLUG}`));
    const answer = await edgeGet(edgePort, shop.url(`anel/${RING_SLUG}`), {
      cookie: cookies.map(({ name, value }) => `${name}=${value}`).join('; '),
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(`Olá, ${shopper.name}`);
    expect(answer.text).not.toMatch(/>\s*Entrar\s*</);
    expect(answer.headers['cache-control']).toBe('private, no-store');

    const watched = await openWatched(`anel/${RING_SLUG}`, { page: page.context().newPage() });
    await expectHydrated(watched, RING);
    const loginLinkSeen = await watched.page.evaluate(
      () => (window as unknown as { loginLinkSeen: boolean }).loginLinkSeen,
    );
    expect(loginLinkSeen, 'a login link was on the logged-in shopper’s page').toBe(false);
    await expect(watched.page.locator('.greeting').textContent()).resolves.toContain(shopper.name);

    // Logged out, the same browser gets a visitor's page again.
    await watched.page.getByTestId('logout').click();
    await watched.page.waitForURL(/\/shopping\/$/);
    const after = await edgeGet(edgePort, shop.url(`anel/${RING_SLUG}`), {
      cookie: (await page.context().cookies(shop.url(`anel/${RING_SLUG}`)))
        .map(({ name, value }) => `${name}=${value}`)
        .join('; '),
    });
    expect(after.text).not.toContain(shopper.name);
    expect(after.text).toMatch(/>\s*Entrar\s*</);
  });

  it('when a category page is fetched with the English cookie, then its HTML is already in English', async () => {
    const category = await categoryOfRing();
    const answer = await edgeGet(edgePort, shop.url(`categoria/${category.slug}`), {
      cookie: 'aneis_shop_locale=en',
    });
    const html = answer.text;
    expect(answer.status).toBe(200);
    expect(answer.headers['vary']).toMatch(/cookie/i);
    expect(html).toContain('<html lang="en-GB"');
    expect(html).toMatch(/rings? in this category/);
    expect(html).toContain(RING);
    expect(html).toMatch(/<script type="application\/json" id="storefront-state">/);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });
});
