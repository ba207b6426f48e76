import type { Redis } from 'ioredis';

/**
 * Keys of one cache namespace. Entry keys embed the namespace's current version, so bumping the
 * version (INCR) makes every process miss on its next read without deleting anything or sending
 * any message; the old entries simply expire.
 *
 * The version is read from Redis on every access rather than remembered in the process: a copy
 * kept even for a second would let this process serve data another process has just invalidated,
 * and one extra GET on a connection that is already open is cheaper than explaining stale prices.
 */
export function namespaceKeys(redis: Redis, namespace: string) {
  const versionKey = `cache:${namespace}:version`;

  async function currentVersion(): Promise<string> {
    const version = await redis.get(versionKey);
    if (version !== null) return version;
    await seedVersion();
    const seeded = await redis.get(versionKey);
    if (seeded === null) throw new Error(`cache version key ${versionKey} vanished`);
    return seeded;
  }

  /**
   * The first version is the current time, not 0 or 1: if the version key is ever lost (flush,
   * eviction) while old entries survive, counting up again from a small number could land on the
   * version of those old entries and bring them back to life.
   */
  async function seedVersion(): Promise<void> {
    await redis.set(versionKey, String(Date.now()), 'NX');
  }

  return {
    async entryKey(key: string): Promise<string> {
      return `cache:${namespace}:v${await currentVersion()}:${key}`;
    },
    async bumpVersion(): Promise<void> {
      await seedVersion();
      await redis.incr(versionKey);
    },
  };
}
