import { closeRedis, createRedisClient } from '@aneis/cache';
import type { ManagementServerConfig } from '@aneis/config';
import { createMongoConnection, startEmbeddedMongo, type MongoConnection } from '@aneis/data';
import type { Logger } from '@aneis/logging';
import type { Redis } from 'ioredis';

export interface Infrastructure {
  mongo: MongoConnection;
  /** Undefined with REDIS_URL=memory:// (in-process sessions and rate limits, no cache). */
  redis: Redis | undefined;
  /** Prefixed like the shopping server's client, for invalidating its cache. */
  shoppingCacheRedis: Redis | undefined;
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
  const closeMongo = [() => mongo.close(), ...(embedded ? [() => embedded.stop()] : [])];
  if (config.redis.inMemory) {
    return { mongo, redis: undefined, shoppingCacheRedis: undefined, closers: closeMongo };
  }
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
    // SHOPPING_REDIS_KEY_PREFIX: the shopping server's own prefix, where its cache lives.
    keyPrefix: config.shoppingRedisKeyPrefix,
  });
  return {
    mongo,
    redis,
    shoppingCacheRedis,
    closers: [...closeMongo, () => closeRedis(redis), () => closeRedis(shoppingCacheRedis)],
  };
}
