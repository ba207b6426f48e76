import { closeRedis, createRedisClient, redisHealth } from '@aneis/cache';

/** Whether Redis at `url` answers PING now; a short-lived client, closed before returning. */
export async function redisReachable(url: string): Promise<boolean> {
  const client = createRedisClient({ url, lazyConnect: true, commandTimeoutMs: 1_000 });
  // The client logs nothing without a logger; connection errors surface as a failed PING.
  client.on('error', () => undefined);
  try {
    await client.connect().catch(() => undefined);
    return await redisHealth(client, 1_000);
  } finally {
    await closeRedis(client);
  }
}
