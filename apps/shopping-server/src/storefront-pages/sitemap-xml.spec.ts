import { storefrontUrls } from './page-urls.js';
import { plainText } from './plain-text.js';
import { robotsTxt, sitemapXml } from './sitemap-xml.js';

const urls = storefrontUrls(
  'https://loja.example/shopping/',
  'https://management.loja.example/images',
);

describe('sitemap and robots', () => {
  it('when the catalogue has products and categories, then the sitemap lists home, categories and products with lastmod', () => {
    const xml = sitemapXml(
      {
        products: [
          { slug: 'solitario-aurora', lastmod: '2026-03-01T10:00:00.000Z' },
          { slug: 'alianca-tejo', lastmod: '2026-04-01T10:00:00.000Z' },
        ],
        categories: [{ slug: 'noivado-solitario', lastmod: null }],
      },
      urls,
    );
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(
      '<url><loc>https://loja.example/shopping/</loc><lastmod>2026-04-01T10:00:00.000Z</lastmod></url>',
    );
    expect(xml).toContain(
      '<url><loc>https://loja.example/shopping/anel/solitario-aurora</loc><lastmod>2026-03-01T10:00:00.000Z</lastmod></url>',
    );
    expect(xml).toContain(
      '<url><loc>https://loja.example/shopping/categoria/noivado-solitario</loc></url>',
    );
  });

  it('when robots.txt is written, then it names the sitemap at the origin and disallows private pages under the base path', () => {
    const text = robotsTxt(urls);
    expect(text).toContain('Sitemap: https://loja.example/sitemap.xml\n');
    expect(text).toContain('Disallow: /shopping/checkout\n');
    expect(text).toContain('Disallow: /shopping/cart\n');
    expect(text).toContain('Disallow: /shopping/account\n');
  });

  it('when a description is HTML, then its plain text has no tags, reads entities and is cut at a word', () => {
    expect(plainText('<p>Ouro &amp; platina</p><script>x()</script>&#233;')).toBe(
      'Ouro & platina é',
    );
    const long = plainText(`<p>${'palavra '.repeat(40)}</p>`, 50);
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long.endsWith('palavra…')).toBe(true);
  });
});
