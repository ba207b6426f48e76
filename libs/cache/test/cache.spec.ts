import type { Redis } from 'ioredis';
import { Redis as RawRedis } from 'ioredis';
import { closeRedis } from '../src/close-redis.js';
import { createCache } from '../src/create-cache.js';
import { createRedisClient } from '../src/create-redis-client.js';
import { redisHealth } from '../src/redis-health.js';
import {
  closedPort,
  countingLoader,
  deleteKeys,
  nextEvent,
  recordingLogger,
  redisUrl,
  RedisRelay,
  settlesWithin,
  uniquePrefix,
} from './redis-test-kit.js';

const prefix = uniquePrefix();
const clients: Redis[] = [];
let raw: RawRedis;

function client(url = redisUrl): Redis {
  const created = createRedisClient({ url, keyPrefix: prefix });
  clients.push(created);
  return created;
}

/** Full Redis keys (prefix included) of one cache entry, across namespace versions. */
async function entryKeys(namespace: string, key: string): Promise<string[]> {
  return raw.keys(`${prefix}cache:${namespace}:v*:${key}`);
}

beforeAll(() => {
  raw = new RawRedis(redisUrl);
});

afterAll(async () => {
  await Promise.all(clients.map((each) => closeRedis(each)));
  await deleteKeys(prefix);
  raw.disconnect();
});

describe('createCache', () => {
  it('when a value is loaded, then the next read is served from Redis without loading', async () => {
    const cache = createCache({ redis: client(), namespace: 'products', defaultTtlSeconds: 60 });
    const product = { id: 'p1', name: 'Anel de prata', price: { amount: 12.5, currency: 'EUR' } };
    const load = countingLoader(product);

    expect(await cache.getOrLoad('p1', load)).toEqual(product);
    expect(await cache.getOrLoad('p1', load)).toEqual(product);
    expect(load.calls).toBe(1);
    expect(await cache.peek('p1')).toEqual(product);
  });

  it('when nothing was cached, then peek finds nothing', async () => {
    const cache = createCache({ redis: client(), namespace: 'peek', defaultTtlSeconds: 60 });
    expect(await cache.peek('absent')).toBeUndefined();
  });

  it('when null is loaded, then null is cached like any other value', async () => {
    const cache = createCache({ redis: client(), namespace: 'nulls', defaultTtlSeconds: 60 });
    const load = countingLoader(null);
    await cache.getOrLoad('nothing', load);
    expect(await cache.getOrLoad('nothing', load)).toBeNull();
    expect(load.calls).toBe(1);
  });

  it('when a value is cached, then its key expires after the TTL asked for', async () => {
    const cache = createCache({ redis: client(), namespace: 'ttl', defaultTtlSeconds: 60 });
    await cache.getOrLoad('default', countingLoader('a'));
    await cache.getOrLoad('custom', countingLoader('b'), 7);

    const [defaultKey] = await entryKeys('ttl', 'default');
    const [customKey] = await entryKeys('ttl', 'custom');
    const defaultTtl = await raw.ttl(defaultKey ?? 'missing');
    const customTtl = await raw.ttl(customKey ?? 'missing');
    expect(defaultTtl).toBeGreaterThan(50);
    expect(defaultTtl).toBeLessThanOrEqual(60);
    expect(customTtl).toBeGreaterThan(0);
    expect(customTtl).toBeLessThanOrEqual(7);
  });

  it('when a TTL is zero, negative, fractional or above a day, then it is refused', async () => {
    const redis = client();
    for (const ttl of [0, -5, 2.5, 86_401]) {
      expect(() => createCache({ redis, namespace: 'bad', defaultTtlSeconds: ttl })).toThrow(
        RangeError,
      );
    }
    const cache = createCache({ redis, namespace: 'bad', defaultTtlSeconds: 60 });
    await expect(cache.getOrLoad('k', countingLoader(1), 0)).rejects.toThrow(RangeError);
    await expect(cache.getOrLoad('k', countingLoader(1), 86_401)).rejects.toThrow(RangeError);
  });

  it('when a key is invalidated, then the next read loads it again', async () => {
    const cache = createCache({ redis: client(), namespace: 'single', defaultTtlSeconds: 60 });
    const load = countingLoader('v');
    await cache.getOrLoad('k', load);
    await cache.invalidate('k');
    expect(await cache.peek('k')).toBeUndefined();
    await cache.getOrLoad('k', load);
    expect(load.calls).toBe(2);
  });

  it('when another process invalidates the namespace, then this process misses on its next read', async () => {
    const here = createCache({ redis: client(), namespace: 'catalog', defaultTtlSeconds: 60 });
    const elsewhere = createCache({ redis: client(), namespace: 'catalog', defaultTtlSeconds: 60 });
    const other = createCache({ redis: client(), namespace: 'other', defaultTtlSeconds: 60 });
    const loadHere = countingLoader({ price: 10 });
    const loadOther = countingLoader('untouched');
    await here.getOrLoad('ring', loadHere);
    await here.getOrLoad('ring', loadHere);
    await other.getOrLoad('ring', loadOther);
    expect(loadHere.calls).toBe(1);

    await elsewhere.invalidateNamespace();

    expect(await here.peek('ring')).toBeUndefined();
    await here.getOrLoad('ring', loadHere);
    expect(loadHere.calls).toBe(2);
    await other.getOrLoad('ring', loadOther);
    expect(loadOther.calls).toBe(1);
  });

  it('when many callers miss the same key at once, then it is loaded once', async () => {
    const cache = createCache({ redis: client(), namespace: 'stampede', defaultTtlSeconds: 60 });
    const load = countingLoader('expensive', 50);

    const values = await Promise.all(
      Array.from({ length: 20 }, () => cache.getOrLoad('hot', load)),
    );
    expect(values).toEqual(Array(20).fill('expensive'));
    expect(load.calls).toBe(1);
  });

  it('when the loader fails, then the error reaches the caller and nothing is cached', async () => {
    const cache = createCache({ redis: client(), namespace: 'failing', defaultTtlSeconds: 60 });
    await expect(
      cache.getOrLoad('k', () => Promise.reject(new Error('database down'))),
    ).rejects.toThrow('database down');
    expect(await cache.peek('k')).toBeUndefined();
  });

  it('when a value cannot be turned into JSON, then it is returned but not cached', async () => {
    const logger = recordingLogger();
    const cache = createCache({
      redis: client(),
      namespace: 'bigint',
      defaultTtlSeconds: 60,
      logger,
    });
    const load = countingLoader({ stock: 10n });
    expect(await cache.getOrLoad('k', load)).toEqual({ stock: 10n });
    await cache.getOrLoad('k', load);
    expect(load.calls).toBe(2);
    expect(logger.lines[0]).toMatchObject({
      level: 'warn',
      message: expect.stringMatching(/JSON/),
    });
  });

  it('when Redis cannot be reached, then values come from the loader and the outage is logged once', async () => {
    const logger = recordingLogger();
    const redis = client(`redis://127.0.0.1:${await closedPort()}`);
    const cache = createCache({ redis, namespace: 'down', defaultTtlSeconds: 60, logger });
    const load = countingLoader('from the database');

    for (let read = 0; read < 3; read += 1) {
      expect(await settlesWithin(cache.getOrLoad('k', load), 2_000, 'getOrLoad')).toBe(
        'from the database',
      );
    }
    expect(load.calls).toBe(3);
    expect(await redisHealth(redis, 200)).toBe(false);
    expect(await settlesWithin(cache.peek('k'), 2_000, 'peek')).toBeUndefined();
    await expect(cache.invalidateNamespace()).rejects.toThrow();
    expect(logger.lines).toEqual([expect.objectContaining({ level: 'warn' })]);
  });

  it('when Redis goes away and comes back, then reads fall through meanwhile and caching resumes', async () => {
    const relay = new RedisRelay();
    await relay.start();
    const logger = recordingLogger();
    const redis = createRedisClient({ url: relay.url, keyPrefix: prefix });
    const cache = createCache({ redis, namespace: 'outage', defaultTtlSeconds: 60, logger });
    const load = countingLoader('fresh');
    try {
      await nextEvent(redis, 'ready');
      await cache.getOrLoad('k', load);
      await cache.getOrLoad('k', load);
      expect(load.calls).toBe(1);

      await relay.stop();
      await nextEvent(redis, 'reconnecting');
      expect(await settlesWithin(cache.getOrLoad('k', load), 2_000, 'getOrLoad')).toBe('fresh');
      expect(await settlesWithin(cache.getOrLoad('k', load), 2_000, 'getOrLoad')).toBe('fresh');
      expect(load.calls).toBe(3);

      await relay.start();
      await nextEvent(redis, 'ready', 10_000);
      await cache.getOrLoad('k', load);
      expect(load.calls).toBe(3); // the entry cached before the outage is still there
      const loadNew = countingLoader('new');
      await cache.getOrLoad('k2', loadNew);
      await cache.getOrLoad('k2', loadNew);
      expect(loadNew.calls).toBe(1);
      expect(logger.lines.map((line) => line.level)).toEqual(['warn', 'info']);
    } finally {
      await closeRedis(redis);
      await relay.stop();
    }
  });
});
