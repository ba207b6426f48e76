import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '@aneis/e2e-support';
import { edgeRequest, type EdgeAnswer } from './helpers/edge-get.js';
import { screenshot, useShopBrowser } from './helpers/shop-browser.js';
import { chooseCustomizations } from './helpers/shopper.js';

/*
 * What a search engine sees: a product page's HTML as the edge serves it, read without running
 * any JavaScript (over plain HTTP, and in a browser with JavaScript off), the sitemap against the
 * catalogue, and then the same page in a browser that runs the app on top of it.
 */
const RING = 'Solitário Aurora';

type Answer = EdgeAnswer;

describe('findable pages', () => {
  const shop = useShopBrowser();
  const { storefront, shoppingApi, edgePort } = inject('shop');

  /** One call through the local edge, as a crawler would send it: no cookies, no scripts. */
  const edgeCall = (
    url: string,
    options: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) =>
    edgeRequest(edgePort, url, {
      ...options,
      headers: { accept: 'text/html,application/xml', ...options.headers },
    });

  const fetchRaw = (url: string) => edgeCall(url);

  /** One page of the storefront's own catalogue search, through the edge. */
  function searchPage(page: number): Promise<Answer> {
    return edgeCall(new URL('catalog/search', `${shoppingApi.replace(/\/+$/, '')}/`).toString(), {
      method: 'POST',
      headers: { origin: new URL(storefront).origin, 'content-type': 'application/json' },
      body: JSON.stringify({ pagingOptions: { page, limit: 100 } }),
    });
  }

  /** Every active product the storefront's own search finds, with its slug. */
  async function activeProducts(): Promise<{ _id: string; name: string; slug?: string }[]> {
    const products: { _id: string; name: string; slug?: string }[] = [];
    for (let page = 1; ; page += 1) {
      const answer = await searchPage(page);
      expect(answer.status, answer.text).toBe(200);
      const found = JSON.parse(answer.text) as {
        responseData: { pages: number; docs: { _id: string; name: string; slug?: string }[] };
      };
      products.push(...found.responseData.docs);
      if (page >= found.responseData.pages) return products;
    }
  }

  async function ringUrl(): Promise<string> {
    const ring = (await activeProducts()).find((p) => p.name === RING);
    expect(ring?.slug).toBe('solitario-aurora');
    return shop.url(`anel/${ring?.slug}`);
  }

  it('when a product page is fetched without running JavaScript, then its HTML has the name, the price and Product JSON-LD', async () => {
    const answer = await fetchRaw(await ringUrl());

    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    const html = answer.text;
    expect(html).toMatch(
      new RegExp(`<title>${RING} — [\\d\\s]+,\\d\\d\\u00a0€ — A Senhora dos Anéis</title>`),
    );
    expect(html).toContain(
      `<link rel="canonical" href="${storefront.replace(/\/+$/, '')}/anel/solitario-aurora">`,
    );
    // the app's own markup, rendered on the server (Vue's scoped-style marks on the heading)
    expect(html).toMatch(new RegExp(`<h1(?: data-v-\\w+)?>${RING}</h1>`));
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    const product = JSON.parse(blocks[0]?.[1] ?? '') as Record<string, unknown>;
    expect(product).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: RING,
      // the demo ring is sold in sizes × metals: one offer over the variants on sale
      offers: {
        '@type': 'AggregateOffer',
        priceCurrency: 'EUR',
        availability: 'https://schema.org/InStock',
      },
    });
    const offer = product['offers'] as { lowPrice: string; highPrice: string };
    expect(offer.lowPrice).toMatch(/^\d+\.\d\d$/);
    expect(Number(offer.highPrice)).toBeGreaterThan(Number(offer.lowPrice));
    // the price in the page's body is the ring's base price, written the Portuguese way, and
    // the offer's range contains it (sold-out or dearer variants may move either end)
    const shown = /data-testid="product-price"[^>]*>[^]*?data-testid="price"[^>]*>([^<]+)</.exec(
      html,
    )?.[1];
    expect(shown).toMatch(/^[\d\s\u00a0\u202f]+,\d\d\u00a0€$/);
    const shownEuros = Number((shown ?? '').replace(/[^\d,]/g, '').replace(',', '.'));
    expect(shownEuros).toBeGreaterThanOrEqual(Number(offer.lowPrice));
    expect(shownEuros).toBeLessThanOrEqual(Number(offer.highPrice));
  });

  it('when a browser with JavaScript off opens a product page, then it shows the ring’s name and price', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const plain = await context.newPage();
      await plain.goto(await ringUrl());
      await expect(plain.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(RING);
      await expect(plain.getByTestId('product-price').first().textContent()).resolves.toMatch(/€$/);
      await screenshot(plain, 'findable-product-without-javascript');
    } finally {
      await browser.close();
    }
  });

  it('when an old id address is opened, then it redirects permanently to the slug address', async () => {
    const ring = (await activeProducts()).find((p) => p.name === RING);
    const answer = await fetchRaw(shop.url(`products/${ring?._id}`));
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe(shop.url('anel/solitario-aurora'));
  });

  it('when the sitemap is fetched, then it lists every active product by its slug address, and robots.txt points to it', async () => {
    const origin = new URL(storefront).origin;
    const sitemap = await fetchRaw(`${origin}/sitemap.xml`);
    const robots = await fetchRaw(`${origin}/robots.txt`);

    expect(sitemap.status).toBe(200);
    const locs = new Set([...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    const products = await activeProducts();
    expect(products.length).toBeGreaterThan(10);
    for (const product of products) {
      expect(product.slug, product.name).toMatch(/^[a-z0-9-]+$/);
      expect(locs.has(shop.url(`anel/${product.slug}`)), product.name).toBe(true);
    }
    expect(robots.status).toBe(200);
    expect(robots.text).toContain(`Sitemap: ${origin}/sitemap.xml`);
    expect(robots.text).toContain('Disallow: /shopping/checkout');
  });

  it('when the app runs on top of the rendered page, then it takes over and a ring goes into the cart', async () => {
    const page: Page = await shop.newPage();
    await page.goto(await ringUrl());

    // the app hydrates the server's product page: its picker and button work
    await page.getByTestId('add-to-cart').waitFor();
    await page.getByTestId('customization-tamanho').locator('option').first().waitFor({
      state: 'attached',
    });
    await chooseCustomizations(page, ['tamanho', 'metal']);
    await page.getByTestId('add-to-cart').click();
    await page.getByRole('status').filter({ hasText: 'carrinho' }).waitFor();
    await expect(page.getByTestId('cart-link').textContent()).resolves.toMatch(/1$/);
    expect(new URL(page.url()).pathname).toBe('/shopping/anel/solitario-aurora');
    await screenshot(page, 'findable-product-hydrated');
  });
});
