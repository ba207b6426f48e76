import { createCache, createPassThroughCache, type Cache, type Redis } from '@aneis/cache';
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
 *
 * `localTtlMs` (CATALOG_CACHE_LOCAL_MS, 1 s by default) also keeps the JSON text of hot answers
 * in this process: a page view then costs no Redis round trip for the catalogue, and a change
 * made in the admin reaches shoppers up to that much later. Nothing is decided on these copies:
 * checkout re-reads prices, tariffs and stock from MongoDB.
 */
export function createShopCaches(
  redis: Redis | undefined,
  logger: Logger,
  localTtlMs = 0,
): ShopCaches {
  // Without Redis (REDIS_URL=memory://) the admin's invalidations could not reach a copy kept
  // here, so reads go straight to MongoDB.
  if (!redis) return { catalog: createPassThroughCache(), referenceData: createPassThroughCache() };
  const cache = (namespace: string) =>
    createCache({
      redis,
      namespace,
      defaultTtlSeconds: CATALOG_TTL_SECONDS,
      logger,
      localTtlMs,
    });
  return {
    catalog: cache(SHOP_CACHE_NAMESPACES.catalog),
    referenceData: cache(SHOP_CACHE_NAMESPACES.referenceData),
  };
}
