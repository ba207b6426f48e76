import { closeRedis, createCache, createRedisClient } from '@aneis/cache';
import { SHOP_CACHE_NAMESPACES } from '@aneis/data';
import { REDIS_URL } from './shop-harness.js';

/** What the management server does after changing the catalogue: empties its cache namespace. */
export async function bumpCatalog(prefix: string): Promise<void> {
  const redis = createRedisClient({ url: REDIS_URL, keyPrefix: prefix });
  await createCache({
    redis,
    namespace: SHOP_CACHE_NAMESPACES.catalog,
    defaultTtlSeconds: 60,
  }).invalidateNamespace();
  await closeRedis(redis);
}
