import { createCache, type Cache, type Redis } from '@aneis/cache';
import { SHOP_CACHE_NAMESPACES } from '@aneis/data';
import type { Logger } from '@aneis/logging';

/** Catalogue entries live at most this long even if nobody invalidates them. */
export const CATALOG_TTL_SECONDS = 300;

export interface ShopCaches {
  catalog: Cache;
  referenceData: Cache;
}

/**
 * Cache-aside over Redis, invalidated across processes by namespace version bumps (the
 * management server bumps the same namespaces; see SHOP_CACHE_NAMESPACES). A Redis outage
 * makes every read go to MongoDB instead of failing.
 */
export function createShopCaches(redis: Redis, logger: Logger): ShopCaches {
  return {
    catalog: createCache({
      redis,
      namespace: SHOP_CACHE_NAMESPACES.catalog,
      defaultTtlSeconds: CATALOG_TTL_SECONDS,
      logger,
    }),
    referenceData: createCache({
      redis,
      namespace: SHOP_CACHE_NAMESPACES.referenceData,
      defaultTtlSeconds: CATALOG_TTL_SECONDS,
      logger,
    }),
  };
}
