import { catalogueImageUrl } from '@aneis/contracts';

/**
 * The storefront's public addresses, from PUBLIC_STOREFRONT_URL (`https://host/shopping`):
 * canonical links, the sitemap and redirects all use these, so they agree; and its images', from
 * PUBLIC_IMAGE_BASE_URL.
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
  /**
   * A catalogue image's public address (see `catalogueImageUrl`): paths are the image store's,
   * at PUBLIC_IMAGE_BASE_URL, never the storefront's; undefined for what may not be shown.
   */
  image: (raw: string) => string | undefined;
}

export function storefrontUrls(publicStorefrontUrl: string, imageBaseUrl: string): StorefrontUrls {
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
    image: (raw) => catalogueImageUrl(raw, imageBaseUrl),
  };
}
