import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';

export const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A unique key namespace per test file run, so parallel runs never see each other's keys. */
export function uniquePrefix(): string {
  return `test:${randomUUID()}:`;
}

export function connectRedis(options: RedisOptions = {}): Redis {
  return new Redis(REDIS_URL, { lazyConnect: false, ...options });
}

export async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

/** Host and port of the test Redis, for tools that connect at the TCP level. */
export function redisAddress(): { host: string; port: number } {
  const url = new URL(REDIS_URL);
  return { host: url.hostname, port: url.port === '' ? 6379 : Number(url.port) };
}
