import { createCache } from '@aneis/cache';
import { SHOP_CACHE_NAMESPACES } from '@aneis/data';
import type { Redis } from 'ioredis';
import type { Logger } from 'winston';

/** Makes the shopping server re-read what an admin just changed. */
export interface ShopCacheInvalidator {
  /** Products, categories, tariffs, featured sections. */
  catalogChanged(): Promise<void>;
  /** Countries, shipping methods, exchange rates. */
  referenceDataChanged(): Promise<void>;
}

/**
 * `redis` must carry the shopping server's key prefix: bumping a namespace version there is what
 * makes every shopping process miss on its next read. A failure is logged, not thrown: the change
 * is saved, and the shopping cache's own TTL bounds how long the old value can be served.
 */
export function createShopCacheInvalidator(
  redis: Redis | undefined,
  logger: Logger,
): ShopCacheInvalidator {
  const bump = (namespace: string) => async (): Promise<void> => {
    // REDIS_URL=memory://: there is no shared cache, the shopping server reads MongoDB directly.
    if (!redis) return;
    try {
      await createCache({ redis, namespace, defaultTtlSeconds: 60 }).invalidateNamespace();
    } catch (error) {
      logger.error('shopping cache could not be invalidated', {
        namespace,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return {
    catalogChanged: bump(SHOP_CACHE_NAMESPACES.catalog),
    referenceDataChanged: bump(SHOP_CACHE_NAMESPACES.referenceData),
  };
}
