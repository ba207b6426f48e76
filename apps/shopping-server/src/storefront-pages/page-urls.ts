/**
 * The storefront's public addresses, from PUBLIC_STOREFRONT_URL (`https://host/shopping`):
 * canonical links, the sitemap and redirects all use these, so they agree.
 */
export interface StorefrontUrls {
  /** `/shopping`: where the webclient lives on its host ('' at the root). */
  basePath: string;
  /** `https://host`: where robots.txt and sitemap.xml are. */
  origin: string;
  home: string;
  product: (slug: string) => string;
  category: (slug: string) => string;
  sitemap: string;
}

export function storefrontUrls(publicStorefrontUrl: string): StorefrontUrls {
  const url = new URL(publicStorefrontUrl);
  const basePath = url.pathname.replace(/\/+$/, '');
  const root = `${url.origin}${basePath}`;
  return {
    basePath,
    origin: url.origin,
    home: `${root}/`,
    product: (slug) => `${root}/anel/${encodeURIComponent(slug)}`,
    category: (slug) => `${root}/categoria/${encodeURIComponent(slug)}`,
    sitemap: `${url.origin}/sitemap.xml`,
  };
}
