/**
 * A category's storefront address: its own page (`/categoria/<slug>`), the one the server
 * renders for search engines, rather than a search filtered by its name.
 */
export function categoryPath(slug: string): string {
  return `/categoria/${encodeURIComponent(slug)}`;
}
