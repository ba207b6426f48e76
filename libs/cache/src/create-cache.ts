import type { Redis } from 'ioredis';
import type { Logger } from './logger.js';
import { namespaceKeys } from './namespace-keys.js';
import { createOutageLog } from './outage-log.js';
import { assertTtlSeconds } from './ttl-seconds.js';

export interface CacheOptions {
  /** A client from `createRedisClient`; its key prefix applies to every key of this cache. */
  redis: Redis;
  /** Groups entries that are invalidated together, e.g. `products`. */
  namespace: string;
  defaultTtlSeconds: number;
  logger?: Logger;
}

export interface Cache {
  /**
   * The cached value for `key`, or the result of `load()` (then cached). Redis failures never
   * reach the caller: the value is loaded instead. Errors of `load()` itself do.
   * Values travel as JSON: a Date comes back as a string, `undefined` is never cached.
   */
  getOrLoad<T>(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;
  /** The cached value, or undefined on a miss or when Redis is unavailable. */
  peek<T>(key: string): Promise<T | undefined>;
  /** Removes one entry. Rejects when Redis fails, so callers know the entry may survive. */
  invalidate(key: string): Promise<void>;
  /** Makes every process miss every entry of this namespace. Rejects when Redis fails. */
  invalidateNamespace(): Promise<void>;
}

export function createCache(options: CacheOptions): Cache {
  const { redis, namespace, defaultTtlSeconds } = options;
  if (!/^[\w.-]+$/.test(namespace)) {
    throw new Error(`cache namespace must be letters, digits, _ . or -, got "${namespace}"`);
  }
  assertTtlSeconds(defaultTtlSeconds);

  const keys = namespaceKeys(redis, namespace);
  const outage = createOutageLog(namespace, options.logger);
  // Loads in flight in this process, by entry key, so concurrent misses share one load. The key
  // includes the namespace version: a read after an invalidation never joins an older load.
  const loading = new Map<string, Promise<unknown>>();

  async function readEntry(
    entryKey: string,
  ): Promise<{ hit: true; value: unknown } | { hit: false }> {
    const json = await redis.get(entryKey);
    if (json === null) return { hit: false };
    try {
      return { hit: true, value: JSON.parse(json) as unknown };
    } catch {
      return { hit: false }; // not ours or truncated: load again and overwrite it
    }
  }

  async function writeEntry(entryKey: string, value: unknown, ttlSeconds: number): Promise<void> {
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch (error) {
      // A BigInt or a cycle: the caller still gets its value, it just is not cached.
      options.logger?.warn('cache value not JSON-serializable, not cached', {
        namespace,
        error: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    if (json === undefined) return;
    try {
      await redis.set(entryKey, json, 'EX', ttlSeconds);
      outage.succeeded();
    } catch (error) {
      outage.failed(error);
    }
  }

  function loadOnce<T>(
    loadKey: string,
    load: () => Promise<T>,
    store?: (value: T) => Promise<void>,
  ) {
    const inFlight = loading.get(loadKey);
    if (inFlight) return inFlight as Promise<T>;
    const loaded = (async () => {
      const value = await load();
      await store?.(value);
      return value;
    })().finally(() => loading.delete(loadKey));
    loading.set(loadKey, loaded);
    return loaded;
  }

  return {
    async getOrLoad<T>(key: string, load: () => Promise<T>, ttlSeconds = defaultTtlSeconds) {
      assertTtlSeconds(ttlSeconds);
      let entryKey: string;
      try {
        entryKey = await keys.entryKey(key);
        const entry = await readEntry(entryKey);
        outage.succeeded();
        if (entry.hit) return entry.value as T;
      } catch (error) {
        outage.failed(error);
        // Without Redis there is nothing to store into, but concurrent callers still share a load
        // so an outage does not turn into a stampede on the database.
        return loadOnce(`unavailable:${key}`, load);
      }
      return loadOnce(entryKey, load, (value) => writeEntry(entryKey, value, ttlSeconds));
    },

    async peek<T>(key: string) {
      try {
        const entry = await readEntry(await keys.entryKey(key));
        outage.succeeded();
        return entry.hit ? (entry.value as T) : undefined;
      } catch (error) {
        outage.failed(error);
        return undefined;
      }
    },

    async invalidate(key: string) {
      const entryKey = await keys.entryKey(key);
      await redis.del(entryKey);
      // Later readers must not join a load that began before the change. A load already running
      // still stores what it read; use invalidateNamespace where that race matters, since its
      // stores land under the superseded version.
      loading.delete(entryKey);
    },

    async invalidateNamespace() {
      await keys.bumpVersion();
    },
  };
}
