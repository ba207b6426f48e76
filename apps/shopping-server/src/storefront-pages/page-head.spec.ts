import { categoryJsonLd, productFacts, productJsonLd, serializeJsonLd } from './json-ld.js';
import { storefrontUrls } from './page-urls.js';
import { renderPageHead } from './page-head.js';
import { fillShell } from './storefront-shell.js';

/** The storefront and, on another host, the management server's images. */
const urls = storefrontUrls(
  'https://loja.example/shopping',
  'https://management.loja.example/images',
);

const hostile = `Anel </script><script>alert("x")</script> <!-- 'aspas' & \u2028`;

describe('JSON-LD', () => {
  it('when a value holds </script>, <!-- or line separators, then the text has none of them raw and parses back to the same value', () => {
    const text = serializeJsonLd({ name: hostile });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ name: hostile });
  });

  it('when a product is described, then it is a schema.org Product with one Offer in its currency and availability', () => {
    const base = {
      name: 'Solitário Aurora',
      description: 'Ouro branco',
      url: 'https://loja.example/shopping/anel/solitario-aurora',
      images: ['https://img.example/a.png'],
      priceCents: 129_900,
      currency: 'EUR',
    };
    expect(productJsonLd({ ...base, inStock: true, sku: 'AN-1', brand: 'Atelier' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Solitário Aurora',
      description: 'Ouro branco',
      url: base.url,
      image: ['https://img.example/a.png'],
      sku: 'AN-1',
      brand: { '@type': 'Brand', name: 'Atelier' },
      offers: {
        '@type': 'Offer',
        url: base.url,
        price: '1299.00',
        priceCurrency: 'EUR',
        availability: 'https://schema.org/InStock',
      },
    });
    const soldOut = productJsonLd({ ...base, images: [], inStock: false });
    expect(soldOut).not.toHaveProperty('sku');
    expect(soldOut).not.toHaveProperty('image');
    expect(soldOut['offers']).toMatchObject({ availability: 'https://schema.org/OutOfStock' });
  });
});

describe('JSON-LD of products with variants, images and categories', () => {
  const base = {
    name: 'Solitário Aurora',
    description: 'Ouro ou platina',
    url: 'https://loja.example/shopping/anel/solitario-aurora',
    images: [],
    priceCents: 100_000,
    currency: 'EUR',
    inStock: true,
  };

  it('when a ring has variants with their own prices, then it is one AggregateOffer from the cheapest to the dearest on sale, never the base price alone', () => {
    const offer = productJsonLd({
      ...base,
      variants: [
        { sku: 'AUR-48-OURO', priceCents: 100_000, inStock: true },
        { sku: 'AUR-48-PT', priceCents: 145_000, inStock: true },
        // Sold out: a shopper cannot buy it now, so it does not stretch the range.
        { sku: 'AUR-62-PT', priceCents: 160_000, inStock: false },
        { priceCents: 90_000, inStock: false },
      ],
    })['offers'];

    expect(offer).toEqual({
      '@type': 'AggregateOffer',
      url: base.url,
      lowPrice: '1000.00',
      highPrice: '1450.00',
      offerCount: 2,
      priceCurrency: 'EUR',
      availability: 'https://schema.org/InStock',
    });
  });

  it('when every variant is sold out, then the range covers them all and says OutOfStock', () => {
    const offer = productJsonLd({
      ...base,
      inStock: false,
      variants: [
        { priceCents: 100_000, inStock: false },
        { priceCents: 120_000, inStock: false },
      ],
    })['offers'];

    expect(offer).toMatchObject({
      '@type': 'AggregateOffer',
      lowPrice: '1000.00',
      highPrice: '1200.00',
      offerCount: 2,
      availability: 'https://schema.org/OutOfStock',
    });
  });

  it('when images are paths or not http(s), then paths become addresses at the image base (not the storefront origin) and the rest is left out', () => {
    const page = {
      slug: 'solitario-aurora',
      name: base.name,
      brand: '',
      descriptionHtml: '',
      priceCents: base.priceCents,
      currency: base.currency,
      inStock: true,
      sku: '',
      category: null,
      id: 'p',
      images: [
        '/images/a.webp',
        'images/a.webp',
        'javascript:alert(1)',
        'https://img.example/b.png',
      ],
    };
    const product = productJsonLd(productFacts(page, urls, base.description));
    expect(product['image']).toEqual([
      'https://management.loja.example/images/a.webp',
      'https://img.example/b.png',
    ]);
    // Facts given without the store: a path alone is no address to publish.
    expect(productJsonLd({ ...base, images: ['/images/a.webp'] })).not.toHaveProperty('image');
  });

  it('when a category lists rings, then it is a CollectionPage whose ItemList names each ring page in order', () => {
    const ring = (slug: string, name: string) => ({ slug, name }) as never;
    const data = categoryJsonLd(
      {
        category: { slug: 'noivado-solitario', label: 'Noivado · Solitário' },
        products: [ring('aurora', 'Aurora'), ring('mare', 'Maré')],
      },
      urls,
    );
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      name: 'Noivado · Solitário',
      url: 'https://loja.example/shopping/categoria/noivado-solitario',
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 2,
        itemListElement: [
          {
            '@type': 'ListItem',
            position: 1,
            url: 'https://loja.example/shopping/anel/aurora',
            name: 'Aurora',
          },
          {
            '@type': 'ListItem',
            position: 2,
            url: 'https://loja.example/shopping/anel/mare',
            name: 'Maré',
          },
        ],
      },
    });
  });
});

describe('page head', () => {
  it('when the image is a path, then og:image is its address at the image base, not on the storefront; a javascript: image gives no og:image', async () => {
    const head = {
      title: 'Anel',
      description: 'Anel',
      canonicalUrl: 'https://loja.example/shopping/anel/a',
      ogType: 'product' as const,
    };
    const withPath = await renderPageHead({ ...head, image: 'images/a/b.webp' }, urls.image);
    const hostile = await renderPageHead({ ...head, image: 'javascript:alert(1)' }, urls.image);

    expect(withPath).toContain(
      '<meta property="og:image" content="https://management.loja.example/images/a/b.webp">',
    );
    expect(withPath).not.toContain('https://loja.example/images');
    expect(hostile).not.toContain('og:image');
    expect(hostile).not.toContain('javascript:');
    expect(hostile).toContain('<meta name="twitter:card" content="summary">');
  });

  it('when title and description hold quotes and tags, then they are escaped and the JSON-LD block is the only script', async () => {
    const html = await renderPageHead(
      {
        title: hostile,
        description: `"><script>alert(1)</script>`,
        canonicalUrl: 'https://loja.example/shopping/anel/a?b="c"',
        ogType: 'product',
        image: 'https://img.example/a.png',
        jsonLd: { name: hostile },
      },
      urls.image,
    );

    expect(html).not.toContain('<script>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<meta name="description" content="&quot;&gt;&lt;script&gt;');
    expect(html).toContain('href="https://loja.example/shopping/anel/a?b=&quot;c&quot;"');
    expect(html).toContain('<meta property="og:type" content="product">');
    expect(html).toContain('<meta property="og:image" content="https://img.example/a.png">');
    expect(html).not.toContain('<!--[-->');
    const json = /<script type="application\/ld\+json">(.*)<\/script>/s.exec(html)?.[1];
    expect(JSON.parse(json ?? '')).toEqual({ name: hostile });
  });

  it('when a head and a body are put in the shell, then the generic title and description go and the app script stays', () => {
    const shell =
      '<html><head><meta name="description" content="generic" />\n<title>Loja</title>' +
      '<script type="module" src="/a.js"></script></head><body><div id="app"></div></body></html>';

    const filled = fillShell(shell, '<title>Anel $& $1</title>', '<h1>Anel $&</h1>');

    expect(filled).toBe(
      '<html><head><script type="module" src="/a.js"></script><title>Anel $& $1</title>\n  </head>' +
        '<body><div id="app"><h1>Anel $&</h1></div></body></html>',
    );
    expect(() => fillShell('<html></html>', '', '')).toThrow(/no <\/head>/);
  });
});
