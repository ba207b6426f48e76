import type { StorefrontUrls } from './page-urls.js';
import type { SitemapEntries } from './storefront-catalog.js';

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function xmlText(value: string): string {
  return value.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

function urlEntry(loc: string, lastmod: string | null): string {
  const modified = lastmod ? `<lastmod>${xmlText(lastmod)}</lastmod>` : '';
  return `  <url><loc>${xmlText(loc)}</loc>${modified}</url>`;
}

/** sitemaps.org 0.9: the home page, every category and every visible ring, by their slug URLs. */
export function sitemapXml(entries: SitemapEntries, urls: StorefrontUrls): string {
  const newest =
    entries.products
      .map((p) => p.lastmod)
      .sort()
      .at(-1) ?? null;
  const lines = [
    urlEntry(urls.home, newest),
    ...entries.categories.map((c) => urlEntry(urls.category(c.slug), c.lastmod)),
    ...entries.products.map((p) => urlEntry(urls.product(p.slug), p.lastmod)),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...lines,
    '</urlset>',
    '',
  ].join('\n');
}

/** Pages only a shopper's own session makes sense of: nothing there for a search engine. */
export const PRIVATE_PATHS = [
  '/cart',
  '/checkout',
  '/orders',
  '/account',
  '/login',
  '/signup',
  '/forgot-password',
  '/password-reset',
  '/email-confirmation',
  '/resend-confirmation',
] as const;

/** robots.txt: everything may be crawled but the private pages; where the sitemap is. */
export function robotsTxt(urls: StorefrontUrls): string {
  return [
    'User-agent: *',
    ...PRIVATE_PATHS.map((path) => `Disallow: ${urls.basePath}${path}`),
    // The admin UI has nothing public either.
    'Disallow: /management/',
    '',
    `Sitemap: ${urls.sitemap}`,
    '',
  ].join('\n');
}
