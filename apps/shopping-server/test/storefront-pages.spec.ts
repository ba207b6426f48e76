import { variantKey } from '@aneis/contracts';
import { backfillSlugs, slugFor } from '@aneis/data';
import { createLogger } from '@aneis/logging';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import request from 'supertest';
import { categoryJsonLd, productFacts, productJsonLd } from '../src/storefront-pages/json-ld.js';
import { storefrontUrls } from '../src/storefront-pages/page-urls.js';
import { categoryPage, productPage } from '../src/storefront-pages/storefront-catalog.js';
import { bumpCatalog as bumpCatalogOf } from './support/bump-catalog.js';
import { createCustomer, PASSWORD, seedProduct, seedReferenceData } from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
let shop: RunningShop;
let shellServer: Server;
let refs: Awaited<ReturnType<typeof seedReferenceData>>;
let shellUrl: string;

/** What Vite builds: a generic title and description, the app's script, an empty mount point. */
const SHELL = `<!doctype html>
<html lang="pt-PT">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="A Senhora dos Anéis: anéis feitos à medida." />
    <title>A Senhora dos Anéis</title>
    <script type="module" crossorigin src="/shopping/assets/index-test.js"></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;
const SHELL_CSP = "default-src 'self'; script-src 'self'";
/** 1234,50 € as pt-PT writes it: a no-break space before the sign. */
const PRICE = '1234,50\u00a0€';

beforeAll(async () => {
  refs = await seedReferenceData(harness.models);
  // The webclient's server stand-in: the shell and the headers it is served with.
  shellServer = createServer((_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': SHELL_CSP,
      'X-Frame-Options': 'DENY',
    });
    res.end(SHELL);
  });
  shellServer.listen(0, '127.0.0.1');
  await once(shellServer, 'listening');
  const port = (shellServer.address() as AddressInfo).port;
  shellUrl = `http://127.0.0.1:${port}/index.html`;
  shop = await harness.start({ env: { STOREFRONT_SHELL_URL: shellUrl } });
});
afterAll(async () => {
  shellServer.close();
});

const bumpCatalog = () => bumpCatalogOf(harness.prefix);

async function slugged(fields: Parameters<typeof seedProduct>[2]) {
  const product = await seedProduct(harness.models, refs, {
    store_sku: `SKU-${Math.random().toString(36).slice(2)}`,
    price: { cents: 123_450, currency: 'EUR' },
    ...fields,
  });
  await backfillSlugs(harness.models);
  await bumpCatalog();
  const saved = await harness.models.Product.findById(product._id).lean();
  return { id: String(product._id), slug: saved?.slug ?? '' };
}

/** The heading as the app renders it on the server (Vue's scoped-style mark on it, if any). */
const h1 = (text: string) => new RegExp(`<h1(?: data-v-\\w+)?>${text}</h1>`);

/** The app's store state, as the page carries it for the browser. */
function stateOf(html: string): { language: string; stores: Record<string, unknown> } {
  const blocks = [
    ...html.matchAll(
      /<script type="application\/json" id="storefront-state">([\s\S]*?)<\/script>/g,
    ),
  ];
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]?.[1] ?? '') as { language: string; stores: Record<string, unknown> };
}

function jsonLdOf(html: string): Record<string, unknown>[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.map((match) => JSON.parse(match[1] ?? '') as Record<string, unknown>);
}

const page = (path: string) => request(shop.server).get(path).set('Host', 'shop.test');

describe('findable storefront pages', () => {
  it('when a product page is fetched, then its HTML has the name, price, head tags and Product JSON-LD in the webclient shell', async () => {
    const { slug } = await slugged({
      name: 'Solitário Aurora',
      details_html: '<p>Ouro branco 18k com um diamante de 0,5 ct.</p>',
    });

    const res = await page(`/shopping/anel/${slug}`).expect(200);

    expect(slug).toBe('solitario-aurora');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(SHELL_CSP);
    const html = res.text;
    expect(html).toContain(`<title>Solitário Aurora — ${PRICE} — A Senhora dos Anéis</title>`);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain(
      `<meta name="description" content="Ouro branco 18k com um diamante de 0,5 ct. ${PRICE}.">`,
    );
    expect(html).toContain(
      '<link rel="canonical" href="http://shop.test/shopping/anel/solitario-aurora">',
    );
    expect(html).toContain('<meta property="og:type" content="product">');
    expect(html).toContain('<meta property="og:image" content="https://images.example.com/d.png">');
    // the app's own product page, rendered on the server for the app to hydrate
    expect(html).toMatch(
      new RegExp(`<div id="app">.*${h1('Solitário Aurora').source}.*${PRICE}.*</div>`, 's'),
    );
    expect(html).toContain('<html lang="pt-PT">');
    expect(res.headers['vary']).toMatch(/Cookie/);
    expect(stateOf(html)).toMatchObject({
      language: 'pt',
      stores: { pageData: { productIdsBySlug: { 'solitario-aurora': expect.any(String) } } },
    });
    expect(html).toContain('src="/shopping/assets/index-test.js"');
    expect(jsonLdOf(html)).toEqual([
      expect.objectContaining({
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Solitário Aurora',
        sku: expect.stringMatching(/^SKU-/),
        image: ['https://images.example.com/d.png', 'https://images.example.com/t.png'],
        offers: expect.objectContaining({
          price: '1234.50',
          priceCurrency: 'EUR',
          availability: 'https://schema.org/InStock',
        }),
      }),
    ]);
  });

  it('when a product name holds </script> and quotes, then nothing breaks out of the JSON-LD, title or meta', async () => {
    const hostile = 'Anel </script><script>alert(1)</script> "aspas" & <b>';
    const { slug } = await slugged({ name: hostile, details_html: '<p>"x" </script></p>' });

    const html = (await page(`/shopping/anel/${slug}`).expect(200)).text;

    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('"aspas"');
    expect(html.match(/<script type="application\/ld\+json">/g)).toHaveLength(1);
    const [product] = jsonLdOf(html);
    expect(product?.['name']).toBe(hostile);
    expect(html).toContain(
      `<title>Anel &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;aspas&quot; &amp; &lt;b&gt; — ${PRICE} — A Senhora dos Anéis</title>`,
    );
    // the app's state is inert JSON whose `<` are escaped: the name is whole inside it
    expect(html).not.toMatch(/<script>/);
    expect(JSON.stringify(stateOf(html))).toContain(JSON.stringify(hostile).slice(1, -1));
  });

  it('when a product is out of stock, then its JSON-LD says OutOfStock and its page says so', async () => {
    const { slug } = await slugged({ name: 'Aliança Esgotada', stock: 0 });
    const html = (await page(`/shopping/anel/${slug}`).expect(200)).text;
    const [product] = jsonLdOf(html);
    expect(product?.['offers']).toMatchObject({ availability: 'https://schema.org/OutOfStock' });
    expect(html).toMatch(/<p class="stock[^"]*"[^>]*>Esgotado<\/p>/);
  });

  it('when images are paths or javascript: addresses, then og:image, the JSON-LD, the HTML and the app state give the paths as addresses at the image base and drop the rest', async () => {
    const { slug } = await slugged({
      name: 'Anel Caminho Relativo',
      featuredImageUrls: ['javascript:alert(1)'],
      detailedImageUrls: ['/images/rel/detailed.webp'],
      thumbnailUrls: ['images/rel/thumb.webp', 'data:image/png;base64,AAAA'],
    });

    const html = (await page(`/shopping/anel/${slug}`).expect(200)).text;

    expect(html).toContain(
      '<meta property="og:image" content="http://management.shop.test/images/rel/detailed.webp">',
    );
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:image');
    expect(html).not.toContain('http://shop.test/images/');
    const [product] = jsonLdOf(html);
    expect(product?.['image']).toEqual([
      'http://management.shop.test/images/rel/detailed.webp',
      'http://management.shop.test/images/rel/thumb.webp',
    ]);
    // The app is handed the same addresses, so it shows (and hydrates) what the head names.
    expect(JSON.stringify(stateOf(html))).toContain(
      '"detailedImageUrls":["http://management.shop.test/images/rel/detailed.webp"]',
    );
  });

  it('when a ring has size × metal variants, then the catalogue gives each its price, SKU and stock and the JSON-LD is an AggregateOffer over those on sale', async () => {
    const GOLD = 'Ouro amarelo 18k';
    const PLATINUM = 'Platina 950';
    const variant = (size: string, metal: string, stock: number) => {
      const choices = { tamanho: size, metal };
      return {
        key: variantKey(choices, ['tamanho', 'metal']),
        choices,
        sku: `VAR-${size}-${metal === GOLD ? 'OURO' : 'PT'}`,
        stock,
      };
    };
    const { slug } = await slugged({
      name: 'Solitário Variantes',
      customizationOptions: {
        customizations: [
          { type: 'Array', name: 'Tamanho', key: 'tamanho', values: ['48', '62'], required: true },
          {
            type: 'Array',
            name: 'Metal',
            key: 'metal',
            values: [GOLD, PLATINUM],
            valueDetails: [{ value: PLATINUM, priceDelta: 38_700 }],
          },
        ],
      },
      variants: [
        variant('48', GOLD, 2),
        variant('48', PLATINUM, 1),
        variant('62', GOLD, 0),
        variant('62', PLATINUM, 0),
      ],
      stock: 3,
    });
    const urls = storefrontUrls('http://shop.test/shopping', 'http://management.shop.test/images');

    const lookup = await productPage(harness.models, slug);

    if (lookup.kind !== 'found') throw new Error(`expected the page, got ${lookup.kind}`);
    expect(lookup.page.variants).toEqual([
      { sku: 'VAR-48-OURO', priceCents: 123_450, inStock: true },
      { sku: 'VAR-48-PT', priceCents: 162_150, inStock: true },
      { sku: 'VAR-62-OURO', priceCents: 123_450, inStock: false },
      { sku: 'VAR-62-PT', priceCents: 162_150, inStock: false },
    ]);
    expect(productJsonLd(productFacts(lookup.page, urls, ''))['offers']).toEqual({
      '@type': 'AggregateOffer',
      url: 'http://shop.test/shopping/anel/solitario-variantes',
      lowPrice: '1234.50',
      highPrice: '1621.50',
      offerCount: 2,
      priceCurrency: 'EUR',
      availability: 'https://schema.org/InStock',
    });
    // and the page served at the ring's address says the same
    const [served] = jsonLdOf((await page(`/shopping/anel/${slug}`).expect(200)).text);
    expect(served?.['offers']).toMatchObject({
      '@type': 'AggregateOffer',
      lowPrice: '1234.50',
      highPrice: '1621.50',
      offerCount: 2,
    });
  });

  it('when a category lists rings, then its ItemList names each listed ring page', async () => {
    await slugged({ name: 'Anel Da Lista' });
    const category = await harness.models.Category.findById(refs.category._id).lean();
    const urls = storefrontUrls('http://shop.test/shopping', 'http://management.shop.test/images');

    const lookup = await categoryPage(harness.models, category?.slug ?? '');

    if (lookup.kind !== 'found') throw new Error(`expected the page, got ${lookup.kind}`);
    const list = categoryJsonLd(lookup.page, urls)['mainEntity'] as {
      numberOfItems: number;
      itemListElement: { url: string }[];
    };
    expect(list.numberOfItems).toBe(lookup.page.products.length);
    expect(list.itemListElement.map((item) => item.url)).toContain(
      'http://shop.test/shopping/anel/anel-da-lista',
    );
    // and the page served at the category's address carries that list
    const [served] = jsonLdOf(
      (await page(`/shopping/categoria/${category?.slug ?? ''}`).expect(200)).text,
    );
    expect(served).toMatchObject({ '@type': 'CollectionPage', name: lookup.page.category.label });
    const servedList = served?.['mainEntity'] as { itemListElement: { url: string }[] };
    expect(
      servedList.itemListElement.some((item) => item.url.endsWith('/anel/anel-da-lista')),
    ).toBe(true);
  });

  it('when a product was renamed, then its old slug and its old id URL redirect permanently to the new slug', async () => {
    const { id, slug } = await slugged({ name: 'Anel Maré' });
    const product = await harness.models.Product.findById(id).lean();
    await harness.models.Product.updateOne({ _id: id }, { $set: { name: 'Anel Maré Alta' } });
    await slugFor(
      harness.models.SlugClaim,
      harness.models.Product,
      'product',
      product ?? { _id: refs.category._id },
      'Anel Maré Alta',
    );
    await bumpCatalog();

    const old = await page(`/shopping/anel/${slug}`).expect(301);
    const byId = await page(`/shopping/products/${id}`).expect(301);
    const current = await page('/shopping/anel/anel-mare-alta').expect(200);

    expect(slug).toBe('anel-mare');
    expect(old.headers['location']).toBe('http://shop.test/shopping/anel/anel-mare-alta');
    expect(byId.headers['location']).toBe('http://shop.test/shopping/anel/anel-mare-alta');
    expect(current.text).toMatch(h1('Anel Maré Alta'));
  });

  it('when a slug, an id or a path is unknown or malformed, then the answer is a 404 page search engines do not list', async () => {
    for (const path of [
      '/shopping/anel/nao-existe',
      '/shopping/anel/NOT%20a%20slug',
      '/shopping/products/123',
      '/shopping/products/0123456789abcdef01234567',
      '/shopping/categoria/%3Cscript%3E',
    ]) {
      const res = await page(path).expect(404);
      expect(res.text).toContain('<meta name="robots" content="noindex">');
      expect(res.text).toContain('Página não encontrada');
    }
  });

  it('when an inactive or deleted product is asked for, then it has no page', async () => {
    const { slug } = await slugged({ name: 'Anel Retirado', active: false });
    await page(`/shopping/anel/${slug}`).expect(404);
  });

  it('when a category page is fetched, then it lists its rings with slug links and prices', async () => {
    await slugged({ name: 'Anel Categoria Um' });
    const category = await harness.models.Category.findById(refs.category._id).lean();

    const html = (await page(`/shopping/categoria/${category?.slug}`).expect(200)).text;

    expect(category?.slug).toBe('women-rings');
    expect(html).toContain('<title>Women · Rings — A Senhora dos Anéis</title>');
    expect(html).toContain(
      '<link rel="canonical" href="http://shop.test/shopping/categoria/women-rings">',
    );
    // the app's category page: its heading, each ring's link (the app's own, base-relative
    // address) and price, and the way on to the search with that category's filters
    expect(html).toMatch(h1('Women · Rings'));
    expect(html).toMatch(
      new RegExp(`href="/shopping/anel/anel-categoria-um"[^]*?Anel Categoria Um[^]*?${PRICE}`),
    );
    expect(html).toContain('href="/shopping/search?category=Women&amp;subcategory=Rings"');
    // the footer links every category's page already in the server's HTML
    expect(html).toMatch(
      /data-testid="footer-categories"[^]*href="\/shopping\/categoria\/men-rings"/,
    );
    expect(stateOf(html).stores).toMatchObject({
      pageData: { categoryPages: { 'women-rings': { category: { slug: 'women-rings' } } } },
    });
  });

  it('when a description is hostile, then neither the page nor its state carries a script, handler or javascript: link, and its text is in the server’s HTML', async () => {
    const { slug } = await slugged({
      name: 'Anel Perigoso',
      details_html:
        '<p>Ouro <strong>18k</strong> polido à mão.</p><script>alert("s")</script><img src=x onerror=alert("i")><a href="javascript:alert(\'j\')">ver</a><p onmouseover="alert(\'m\')">fim</p>',
    });

    const html = (await page(`/shopping/anel/${slug}`).expect(200)).text;

    // the description as the app shows it, in the server's markup (not only after the app mounts)
    expect(html).toMatch(
      /class="product__details"[^>]*><p>Ouro <strong>18k<\/strong> polido à mão\.<\/p><a>ver<\/a><p>fim<\/p><\/div>/,
    );
    const product = Object.values(
      (
        stateOf(html).stores['pageData'] as {
          productsById: Record<string, { details_html: string }>;
        }
      ).productsById,
    )[0];
    expect(product?.details_html).toBe(
      '<p>Ouro <strong>18k</strong> polido à mão.</p><a>ver</a><p>fim</p>',
    );
    expect(html).not.toMatch(/alert|onerror|onmouseover|javascript:|<img src="?x/);
  });

  it('when a logged-in shopper opens a product page, then its header greets them instead of offering the login, and no cache may keep it', async () => {
    const { slug } = await slugged({ name: 'Anel Pessoal' });
    await createCustomer(harness.models, 'beatriz@aneis.test');
    // The webclient logs in on the API's host, a subdomain of the storefront's.
    const api = (call: request.Test) => call.set('Host', 'shopping.shop.test');
    const login = await api(request(shop.server).post('/security/login'))
      .send({ email: 'beatriz@aneis.test', password: PASSWORD })
      .expect(200);
    const setCookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
    const pagesCookie = setCookies.find((c) => c.startsWith('shop.sid.pages='));
    expect(pagesCookie).toMatch(/; Domain=shop\.test; Path=\/shopping; /);
    expect(pagesCookie).toMatch(/HttpOnly/);
    const cookies = setCookies.map((c) => c.split(';')[0]).join('; ');

    const mine = await page(`/shopping/anel/${slug}`).set('Cookie', cookies).expect(200);
    const visitors = await page(`/shopping/anel/${slug}`).expect(200);

    expect(mine.text).toContain('Olá, beatriz');
    expect(mine.text).toContain('data-testid="logout"');
    expect(mine.text).not.toMatch(/>\s*Entrar\s*</);
    expect(stateOf(mine.text).stores).toMatchObject({
      session: { user: { name: 'beatriz', email: '' }, checked: true },
    });
    expect(mine.headers['cache-control']).toBe('private, no-store');
    expect(mine.headers['vary']).toMatch(/cookie/i);

    // the same page for a visitor (rendered after the shopper's): the login link, nobody's name
    expect(visitors.text).toMatch(/>\s*Entrar\s*</);
    expect(visitors.text).not.toContain('beatriz');
    expect(visitors.headers['cache-control']).toBe('no-cache');

    // a page cookie made up for the account, or kept after logging out, greets nobody
    const [userId] = (pagesCookie ?? '').replace('shop.sid.pages=', '').split('.');
    const forged = await page(`/shopping/anel/${slug}`)
      .set('Cookie', `shop.sid.pages=${userId}.${'A'.repeat(43)}`)
      .expect(200);
    expect(forged.text).not.toContain('beatriz');
    const logout = await api(request(shop.server).post('/security/logout'))
      .set('Cookie', cookies)
      .expect(200);
    expect(([] as string[]).concat(logout.headers['set-cookie'] ?? []).join('\n')).toMatch(
      /shop\.sid\.pages=;[^\n]*Expires=Thu, 01 Jan 1970/,
    );
    const after = await page(`/shopping/anel/${slug}`).set('Cookie', cookies).expect(200);
    expect(after.text).not.toContain('beatriz');
    expect(after.text).toMatch(/>\s*Entrar\s*</);
  });

  it('when a ring is edited after its page was shown, then the next view shows the edit at once', async () => {
    const { id, slug } = await slugged({ name: 'Anel Antes' });
    const before = (await page(`/shopping/anel/${slug}`).expect(200)).text;
    expect(before).toMatch(h1('Anel Antes'));
    expect((await page(`/shopping/anel/${slug}`).expect(200)).text).toBe(before);

    await harness.models.Product.updateOne(
      { _id: id },
      { $set: { details_html: '<p>Agora com safira.</p>', 'price.cents': 99_900 } },
    );
    await bumpCatalog();
    const after = (await page(`/shopping/anel/${slug}`).expect(200)).text;

    expect(after).toContain('<p>Agora com safira.</p>');
    expect(after).toContain('999,00\u00a0€');
  });

  it('when the shopper chose English (the cookie the app keeps), then the product page is rendered in English', async () => {
    const { slug } = await slugged({ name: 'Anel Inglês' });

    const res = await page(`/shopping/anel/${slug}`)
      .set('Cookie', 'aneis_shop_locale=en')
      .expect(200);

    expect(res.text).toContain('<html lang="en-GB">');
    expect(res.text).toMatch(h1('Anel Inglês'));
    expect(res.text).toContain('Add to cart');
    expect(res.text).toContain('€1,234.50');
    expect(stateOf(res.text).language).toBe('en');
  });

  it('when the app’s server build cannot be loaded, then the pages still go out whole with the plain markup, and it is reported once', async () => {
    const warnings: string[] = [];
    const logger = createLogger({
      service: 'shop-test',
      level: 'warn',
      stream: new Writable({
        write(chunk: Buffer, _encoding, done) {
          warnings.push(chunk.toString('utf8'));
          done();
        },
      }),
    });
    const bare = await harness.start({
      env: {
        STOREFRONT_SHELL_URL: shellUrl,
        STOREFRONT_SSR_MODULE: 'file:///nowhere/entry-server.js',
      },
      deps: { logger },
    });
    const { slug } = await slugged({
      name: 'Anel Sem App',
      featuredImageUrls: ['/images/plain/featured.webp'],
    });

    const first = await request(bare.server).get(`/shopping/anel/${slug}`).set('Host', 'shop.test');
    const second = await request(bare.server)
      .get(`/shopping/anel/${slug}`)
      .set('Host', 'shop.test');

    for (const res of [first, second]) {
      expect(res.status).toBe(200);
      expect(res.text).toContain('<h1>Anel Sem App</h1>');
      expect(res.text).toContain(`<p data-price>${PRICE}</p>`);
      // Its picture at the image store, where the head's og:image points too.
      expect(res.text).toContain(
        '<img src="http://management.shop.test/images/plain/featured.webp"',
      );
      expect(res.text).not.toContain('storefront-state');
    }
    expect(warnings.filter((w) => w.includes('/nowhere/entry-server.js'))).toHaveLength(1);
  });

  it('when the home page is fetched, then it is the app’s home with its featured rings and the category links, and carries them for the app', async () => {
    const { id } = await slugged({ name: 'Anel Novidade' });
    await harness.models.FeaturedSection.deleteMany({ name: 'homepage' });
    await harness.models.FeaturedSection.create({
      name: 'homepage',
      content: [{ products: [id], config: { name: 'Destaque', design_type: 'Stripe' } }],
    });
    await bumpCatalog();

    const html = (await page('/shopping/').expect(200)).text;

    expect(html).toContain('<link rel="canonical" href="http://shop.test/shopping/">');
    // the featured ring with its link and price, as the app draws it
    expect(html).toMatch(new RegExp(`href="/shopping/anel/anel-novidade"[^]*?${PRICE}`));
    expect(html).toMatch(
      /data-testid="footer-categories"[^]*href="\/shopping\/categoria\/men-rings"/,
    );
    expect(stateOf(html).stores).toMatchObject({
      pageData: {
        home: {
          featured: { name: 'homepage', content: [{ products: [{ slug: 'anel-novidade' }] }] },
        },
      },
    });

    // without a home section, the page still renders (the app's home without designs)
    await harness.models.FeaturedSection.deleteMany({ name: 'homepage' });
    await bumpCatalog();
    const bare = (await page('/shopping/').expect(200)).text;
    expect(stateOf(bare).stores).toMatchObject({ pageData: { home: { featured: null } } });
  });

  it('when the sitemap is fetched, then it lists every visible product and category by slug URL with its last change, and nothing hidden', async () => {
    await slugged({ name: 'Anel Mapa' });
    await slugged({ name: 'Anel Mapa Escondido', active: false });

    const res = await request(shop.server).get('/sitemap.xml').expect(200);

    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const locs = [...res.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const visible = await harness.models.Product.find({ active: true, deleted: false }).lean();
    for (const product of visible) {
      expect(locs).toContain(`http://shop.test/shopping/anel/${product.slug}`);
    }
    expect(locs).not.toContain('http://shop.test/shopping/anel/anel-mapa-escondido');
    expect(locs).toContain('http://shop.test/shopping/categoria/women-rings');
    expect(locs).toContain('http://shop.test/shopping/');
    expect(res.text).toMatch(
      /<loc>http:\/\/shop\.test\/shopping\/anel\/anel-mapa<\/loc><lastmod>\d{4}-\d\d-\d\dT/,
    );
  });

  it('when robots.txt is fetched, then it points to the sitemap and keeps crawlers out of cart, checkout and account pages', async () => {
    const res = await request(shop.server).get('/robots.txt').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain('Sitemap: http://shop.test/sitemap.xml');
    for (const path of ['/shopping/cart', '/shopping/checkout', '/shopping/account']) {
      expect(res.text).toContain(`Disallow: ${path}\n`);
    }
    expect(res.text).not.toMatch(/Disallow: \/shopping\/anel/);
  });

  it('when the API is asked for a product by slug, then it answers its details with the slug; an unknown slug is 404 and a malformed one 400', async () => {
    const { id, slug } = await slugged({ name: 'Anel Pela Palavra' });

    const res = await request(shop.server)
      .get(`/catalog/getProductBySlug?slug=${slug}`)
      .expect(200);
    await request(shop.server).get('/catalog/getProductBySlug?slug=nao-existe').expect(404);
    const bad = await request(shop.server).get('/catalog/getProductBySlug?slug=%24ne').expect(400);

    expect(res.body.responseData).toMatchObject({ _id: id, slug, name: 'Anel Pela Palavra' });
    expect(JSON.stringify(bad.body)).toContain('slug');
  });
});
