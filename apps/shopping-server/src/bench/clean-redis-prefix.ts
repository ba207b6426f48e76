import { closeRedis, createRedisClient } from '@aneis/cache';

/** Deletes every key a bench run wrote under its own `prefix`, and nothing else. */
export async function cleanRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const cleaner = createRedisClient({ url: redisUrl });
  let cursor = '0';
  do {
    const [next, keys] = await cleaner.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await cleaner.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await closeRedis(cleaner);
}
