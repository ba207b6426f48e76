import type { Cache } from './create-cache.js';

/**
 * A `Cache` that keeps nothing: every read loads. For REDIS_URL=memory:// (no Redis), where no
 * other process could invalidate an in-process copy, so reads go straight to the database.
 */
export function createPassThroughCache(): Cache {
  return {
    getOrLoad: (_key, load) => load(),
    async getOrLoadJson(_key, load) {
      const value = await load();
      const json = JSON.stringify(value) as string | undefined;
      if (json === undefined) throw new TypeError('the loaded value has no JSON form');
      return json;
    },
    localJson: () => undefined,
    peek: () => Promise.resolve(undefined),
    invalidate: () => Promise.resolve(),
    invalidateNamespace: () => Promise.resolve(),
  };
}
