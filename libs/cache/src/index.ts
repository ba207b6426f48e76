export { closeRedis } from './close-redis.js';
export { isRedisBreakerOpen, RedisUnavailableError } from './command-guard.js';
export { createCache, type Cache, type CacheOptions } from './create-cache.js';
export { createPassThroughCache } from './pass-through-cache.js';
export {
  createRedisClient,
  type RedisClientOptions,
  type SentinelAddress,
} from './create-redis-client.js';
export type { Logger } from './logger.js';
export { redisHealth } from './redis-health.js';
export { maxTtlSeconds } from './ttl-seconds.js';
export type { Redis } from 'ioredis';
