import type { Redis } from 'ioredis';
import { createLocalEntries } from './local-entries.js';
import type { Logger } from './logger.js';
import { namespaceKeys, type VersionedEntry } from './namespace-keys.js';
import { createOutageLog } from './outage-log.js';
import { assertTtlSeconds } from './ttl-seconds.js';

export interface CacheOptions {
  /** A client from `createRedisClient`; its key prefix applies to every key of this cache. */
  redis: Redis;
  /** Groups entries that are invalidated together, e.g. `products`. */
  namespace: string;
  defaultTtlSeconds: number;
  logger?: Logger;
  /**
   * Also keep entries in this process for up to this many milliseconds (default 0: never). A
   * read inside that window costs no Redis round trip at all; the price is that an invalidation
   * made by another process reaches this one up to `localTtlMs` later (this process' own
   * invalidations apply at once). For hot public reads whose brief staleness is harmless, such
   * as a storefront catalogue; never for data a decision is taken on.
   */
  localTtlMs?: number;
  /** Budget of the in-process copies, in characters of JSON text. Default 2 Mi (~4 MiB). */
  localMaxChars?: number;
  /** Clock of the in-process copies, in ms. Default `performance.now`. */
  now?: () => number;
}

export interface Cache {
  /**
   * The cached value for `key`, or the result of `load()` (then cached). Redis failures never
   * reach the caller: the value is loaded instead. Errors of `load()` itself do.
   * Values travel as JSON: a Date comes back as a string, `undefined` is never cached.
   */
  getOrLoad<T>(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;
  /**
   * Like `getOrLoad`, but answers the value's JSON text, exactly as stored: a hit costs no parse
   * and no stringify, so a server can send it as it is. Rejects with a TypeError when the loaded
   * value has no JSON form (a BigInt, a cycle, `undefined`).
   */
  getOrLoadJson(key: string, load: () => Promise<unknown>, ttlSeconds?: number): Promise<string>;
  /**
   * The JSON text of this process' own fresh copy of `key` (see `localTtlMs`), or undefined
   * when there is none. Synchronous, so the hottest reads can answer without a promise; on
   * undefined, fall back to `getOrLoadJson`.
   */
  localJson(key: string): string | undefined;
  /** The cached value, or undefined on a miss or when Redis is unavailable. */
  peek<T>(key: string): Promise<T | undefined>;
  /** Removes one entry. Rejects when Redis fails, so callers know the entry may survive. */
  invalidate(key: string): Promise<void>;
  /** Makes every process miss every entry of this namespace. Rejects when Redis fails. */
  invalidateNamespace(): Promise<void>;
}

type Lookup =
  { kind: 'hit'; json: string } | { kind: 'miss'; entryKey: string } | { kind: 'unavailable' };

interface Loaded {
  value: unknown;
  /** Undefined when the value has no JSON form (then it was not cached). */
  json: string | undefined;
}

const DEFAULT_LOCAL_MAX_CHARS = 2 * 1024 * 1024;

function parseJson(json: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return { ok: false };
  }
}

export function createCache(options: CacheOptions): Cache {
  const { redis, namespace, defaultTtlSeconds } = options;
  if (!/^[\w.-]+$/.test(namespace)) {
    throw new Error(`cache namespace must be letters, digits, _ . or -, got "${namespace}"`);
  }
  assertTtlSeconds(defaultTtlSeconds);
  const localTtlMs = options.localTtlMs ?? 0;
  if (!Number.isFinite(localTtlMs) || localTtlMs < 0) {
    throw new RangeError(`localTtlMs must be 0 or more milliseconds, got ${localTtlMs}`);
  }

  const keys = namespaceKeys(redis, namespace);
  const outage = createOutageLog(namespace, options.logger);
  const local =
    localTtlMs > 0
      ? createLocalEntries({
          ttlMs: localTtlMs,
          maxChars: options.localMaxChars ?? DEFAULT_LOCAL_MAX_CHARS,
          now: options.now ?? (() => performance.now()),
        })
      : undefined;
  // Loads in flight in this process, by entry key, so concurrent misses share one load. The key
  // includes the namespace version: a read after an invalidation never joins an older load.
  const loading = new Map<string, Promise<Loaded>>();
  // With local copies, concurrent local misses of one key also share one Redis read; staleness
  // is bounded by localTtlMs anyway. Without them every read asks Redis itself.
  const reading = new Map<string, Promise<VersionedEntry>>();
  // Bumped by every invalidation here, so a read that began before one cannot refill the local
  // copies with what it found.
  let generation = 0;

  function readRemote(key: string): Promise<VersionedEntry> {
    if (!local) return keys.read(key);
    const inFlight = reading.get(key);
    if (inFlight) return inFlight;
    const read = keys.read(key).finally(() => {
      if (reading.get(key) === read) reading.delete(key);
    });
    reading.set(key, read);
    return read;
  }

  async function lookup(key: string): Promise<Lookup> {
    const kept = local?.get(key);
    if (kept !== undefined) return { kind: 'hit', json: kept };
    const startedAt = generation;
    try {
      const entry = await readRemote(key);
      outage.succeeded();
      if (entry.json === undefined) return { kind: 'miss', entryKey: entry.entryKey };
      if (generation === startedAt) local?.set(key, entry.json);
      return { kind: 'hit', json: entry.json };
    } catch (error) {
      outage.failed(error);
      return { kind: 'unavailable' };
    }
  }

  function serialize(value: unknown): string | undefined {
    try {
      return JSON.stringify(value);
    } catch (error) {
      // A BigInt or a cycle: the caller still gets its value, it just is not cached.
      options.logger?.warn('cache value not JSON-serializable, not cached', {
        namespace,
        error: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    }
  }

  async function store(key: string, entryKey: string, json: string, ttlSeconds: number) {
    const startedAt = generation;
    try {
      await redis.set(entryKey, json, 'EX', ttlSeconds);
      outage.succeeded();
      if (generation === startedAt) local?.set(key, json);
    } catch (error) {
      outage.failed(error);
    }
  }

  function loadOnce(
    loadKey: string,
    load: () => Promise<unknown>,
    save?: (json: string) => Promise<void>,
  ): Promise<Loaded> {
    const inFlight = loading.get(loadKey);
    if (inFlight) return inFlight;
    const loaded = (async (): Promise<Loaded> => {
      const value = await load();
      const json = serialize(value);
      if (json !== undefined) await save?.(json);
      return { value, json };
    })().finally(() => loading.delete(loadKey));
    loading.set(loadKey, loaded);
    return loaded;
  }

  /** A hit's JSON text, or the loaded value (then stored) on a miss or an outage. */
  async function getOrLoadEntry(
    key: string,
    load: () => Promise<unknown>,
    ttlSeconds: number,
    usable: (json: string) => boolean,
  ): Promise<{ json: string } | Loaded> {
    assertTtlSeconds(ttlSeconds);
    let found = await lookup(key);
    if (found.kind === 'hit') {
      if (usable(found.json)) return { json: found.json };
      // Not ours or truncated: load again and overwrite it.
      local?.delete(key);
      try {
        found = { kind: 'miss', entryKey: await keys.entryKey(key) };
      } catch (error) {
        outage.failed(error);
        found = { kind: 'unavailable' };
      }
    }
    if (found.kind === 'unavailable') {
      // Without Redis there is nothing to store into, but concurrent callers still share a load
      // so an outage does not turn into a stampede on the database.
      return loadOnce(`unavailable:${key}`, load);
    }
    const { entryKey } = found;
    return loadOnce(entryKey, load, (json) => store(key, entryKey, json, ttlSeconds));
  }

  return {
    async getOrLoad<T>(key: string, load: () => Promise<T>, ttlSeconds = defaultTtlSeconds) {
      let parsed: unknown;
      const entry = await getOrLoadEntry(key, load, ttlSeconds, (json) => {
        const result = parseJson(json);
        if (result.ok) parsed = result.value;
        return result.ok;
      });
      return ('value' in entry ? entry.value : parsed) as T;
    },

    async getOrLoadJson(key, load, ttlSeconds = defaultTtlSeconds) {
      // Entries are written only by this cache, with JSON.stringify, in one SET: the text is
      // sent as it is, without paying for a parse to check it.
      const entry = await getOrLoadEntry(key, load, ttlSeconds, () => true);
      if (entry.json === undefined) {
        throw new TypeError(`cache value for "${key}" has no JSON form`);
      }
      return entry.json;
    },

    localJson(key) {
      return local?.get(key);
    },

    async peek<T>(key: string) {
      const found = await lookup(key);
      if (found.kind !== 'hit') return undefined;
      const parsed = parseJson(found.json);
      return parsed.ok ? (parsed.value as T) : undefined;
    },

    async invalidate(key: string) {
      generation += 1;
      local?.delete(key);
      reading.delete(key);
      const entryKey = await keys.entryKey(key);
      await redis.del(entryKey);
      // Later readers must not join a load that began before the change. A load already running
      // still stores what it read; use invalidateNamespace where that race matters, since its
      // stores land under the superseded version.
      loading.delete(entryKey);
    },

    async invalidateNamespace() {
      generation += 1;
      local?.clear();
      reading.clear();
      await keys.bumpVersion();
    },
  };
}
