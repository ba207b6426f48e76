import type { Cache } from '@aneis/cache';

/**
 * The JSON text cached under `key`: straight from this process' fresh copy when it has one (no
 * promise, so the fast lane answers within the same turn), otherwise through Redis or `load`.
 */
export function cachedJson(
  cache: Cache,
  key: string,
  load: () => Promise<unknown>,
): string | Promise<string> {
  return cache.localJson(key) ?? cache.getOrLoadJson(key, load);
}
