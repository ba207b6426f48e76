import { closeRedis, createRedisClient } from '@aneis/cache';
import type { ManagementServerConfig } from '@aneis/config';
import { createMongoConnection, startEmbeddedMongo, type MongoConnection } from '@aneis/data';
import type { Logger } from '@aneis/logging';
import type { Redis } from 'ioredis';

/**
 * The shopping server's default `REDIS_KEY_PREFIX`. Our config has no variable for it yet, so a
 * deployment that changes the shopping prefix must keep this in step.
 */
export const SHOPPING_REDIS_KEY_PREFIX = 'shop:';

export interface Infrastructure {
  mongo: MongoConnection;
  redis: Redis;
  /** Prefixed like the shopping server's client, for invalidating its cache. */
  shoppingCacheRedis: Redis;
  /** Closers in shutdown order: MongoDB, the embedded server (if any), Redis. */
  closers: (() => Promise<void>)[];
}

/**
 * Connects MongoDB (the configured URI, or the embedded engine with data under DATA_DIR when
 * none is set outside production) and Redis.
 */
export async function connectInfrastructure(
  config: ManagementServerConfig,
  logger: Logger,
): Promise<Infrastructure> {
  const embedded =
    config.mongodb.uri === undefined
      ? await startEmbeddedMongo({ dataDir: config.dataDir, print: (line) => logger.info(line) })
      : undefined;
  const mongo = createMongoConnection({
    uri: config.mongodb.uri ?? embedded?.uri ?? '',
    embedded: embedded !== undefined,
    logger,
  });
  await mongo.connect();
  const redisOptions = {
    url: config.redis.url,
    password: config.redis.password,
    ...(config.redis.sentinels
      ? {
          sentinels: config.redis.sentinels.hosts.map(({ host, port }) => ({ host, port })),
          sentinelName: config.redis.sentinels.name,
        }
      : {}),
    logger,
  };
  const redis = createRedisClient(redisOptions);
  const shoppingCacheRedis = createRedisClient({
    ...redisOptions,
    keyPrefix: SHOPPING_REDIS_KEY_PREFIX,
  });
  return {
    mongo,
    redis,
    shoppingCacheRedis,
    closers: [
      () => mongo.close(),
      ...(embedded ? [() => embedded.stop()] : []),
      () => closeRedis(redis),
      () => closeRedis(shoppingCacheRedis),
    ],
  };
}
