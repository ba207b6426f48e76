/**
 * Cache namespaces the shopping server reads through (`createCache` from @aneis/cache). The
 * management server invalidates them after a change by bumping the namespace version with a
 * Redis client whose key prefix is the shopping server's `REDIS_KEY_PREFIX` (default `shop:`):
 *
 * - `catalog`: product search, product details, featured sections, the category list. Bump after
 *   any change to products, categories, tariffs or featured sections.
 * - `reference-data`: countries and shipping methods (and exchange rates), and the carriers
 *   whose names a shopper's orders show. Bump after changing any of them.
 */
export const SHOP_CACHE_NAMESPACES = {
  catalog: 'catalog',
  referenceData: 'reference-data',
} as const;
export type ShopCacheNamespace = (typeof SHOP_CACHE_NAMESPACES)[keyof typeof SHOP_CACHE_NAMESPACES];
