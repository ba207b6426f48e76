import { productJsonLd, serializeJsonLd } from './json-ld.js';
import { renderPageHead } from './page-head.js';
import { fillShell } from './storefront-shell.js';

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

describe('page head', () => {
  it('when title and description hold quotes and tags, then they are escaped and the JSON-LD block is the only script', async () => {
    const html = await renderPageHead({
      title: hostile,
      description: `"><script>alert(1)</script>`,
      canonicalUrl: 'https://loja.example/shopping/anel/a?b="c"',
      ogType: 'product',
      image: 'https://img.example/a.png',
      jsonLd: { name: hostile },
    });

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
