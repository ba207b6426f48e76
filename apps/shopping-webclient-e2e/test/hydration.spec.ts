import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { edgeGet } from './helpers/edge-get.js';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import { chooseCustomizations } from './helpers/shopper.js';

/*
 * The app hydrates the pages the shopping server renders instead of replacing them: the
 * server's heading and ring cards inside #app are the very nodes the shopper goes on using,
 * in Portuguese and, for a shopper who chose English, in English.
 */
const RING = 'Solitário Aurora';
const RING_SLUG = 'solitario-aurora';
const WATCHED = 'h1, [data-testid="product-card"], .featured';

/**
 * Runs before the page's own scripts: notes the first heading #app receives (the server's, as
 * the HTML parser inserts it) and every watched node taken out of the page afterwards.
 */
function watchRemovals(watched: string) {
  const seen = window as unknown as { removed: string[]; firstHeading: Element | null };
  seen.removed = [];
  seen.firstHeading = null;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element) || seen.firstHeading) continue;
        const heading = node.matches('#app h1') ? node : node.querySelector('h1');
        if (heading?.closest('#app')) seen.firstHeading = heading;
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
  const { storefront, shoppingApi, edgePort } = inject('shop');

  async function openWatched(path: string, language?: 'en'): Promise<Watched> {
    const page = await shop.newPage();
    if (language) {
      await page
        .context()
        .addCookies([{ name: 'aneis_shop_locale', value: language, url: storefront }]);
    }
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(watchRemovals, WATCHED);
    await page.goto(shop.url(path), { waitUntil: 'networkidle' });
    return { page, errors };
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
    const watched = await openWatched(`anel/${RING_SLUG}`, 'en');
    const { page } = watched;
    await expectHydrated(watched, RING);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
    await expect(page.getByTestId('add-to-cart').textContent()).resolves.toContain('Add to cart');

    await chooseCustomizations(page, ['tamanho', 'metal']);
    await page.getByTestId('add-to-cart').click();
    await page.getByRole('status').filter({ hasText: 'cart' }).waitFor();
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
