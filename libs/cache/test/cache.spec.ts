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

/** Names of the commands a client sends from now on (a spy on the client, not on the cache). */
function recordCommands(redis: Redis): string[] {
  const sent: string[] = [];
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = (command, stream) => {
    sent.push(command.name);
    return send(command, stream);
  };
  return sent;
}

describe('createCache, reading JSON text', () => {
  it('when a value is loaded, then its JSON text is answered, stored as it is, and served without loading again', async () => {
    const cache = createCache({ redis: client(), namespace: 'json', defaultTtlSeconds: 60 });
    const load = countingLoader({ name: 'Anel', price: { amount: 12.5, currency: 'EUR' } });

    const first = await cache.getOrLoadJson('p1', load);
    expect(first).toBe('{"name":"Anel","price":{"amount":12.5,"currency":"EUR"}}');
    expect(await cache.getOrLoadJson('p1', load)).toBe(first);
    expect(load.calls).toBe(1);
    const [stored] = await entryKeys('json', 'p1');
    expect(await raw.get(stored ?? 'missing')).toBe(first);
    expect(await cache.getOrLoad('p1', load)).toEqual(JSON.parse(first));
  });

  it('when the loaded value has no JSON form, then the caller gets a TypeError and nothing is cached', async () => {
    const cache = createCache({ redis: client(), namespace: 'json-none', defaultTtlSeconds: 60 });
    await expect(cache.getOrLoadJson('k', countingLoader({ stock: 1n }))).rejects.toThrow(
      TypeError,
    );
    await expect(cache.getOrLoadJson('u', countingLoader(undefined))).rejects.toThrow(TypeError);
    expect(await entryKeys('json-none', '*')).toEqual([]);
  });

  it('when an entry is cached, then a read costs one Redis command (version and entry together)', async () => {
    const redis = client();
    const cache = createCache({ redis, namespace: 'one-trip', defaultTtlSeconds: 60 });
    await cache.getOrLoadJson('k', countingLoader('v'));
    const sent = recordCommands(redis);
    await cache.getOrLoadJson('k', countingLoader('v'));
    await cache.getOrLoad('k', countingLoader('v'));
    expect(sent).toEqual(['evalsha', 'evalsha']);
  });

  it('when a namespace has no version yet, then the first read seeds one that later bumps move on', async () => {
    const cache = createCache({ redis: client(), namespace: 'fresh-ns', defaultTtlSeconds: 60 });
    const load = countingLoader('v');
    await cache.getOrLoadJson('k', load);
    const seeded = Number(await raw.get(`${prefix}cache:fresh-ns:version`));
    expect(seeded).toBeGreaterThan(Date.now() - 60_000);
    await cache.invalidateNamespace();
    expect(Number(await raw.get(`${prefix}cache:fresh-ns:version`))).toBe(seeded + 1);
    await cache.getOrLoadJson('k', load);
    expect(load.calls).toBe(2);
  });
});

describe('createCache with in-process copies (localTtlMs)', () => {
  function localCache(redis: Redis, namespace: string) {
    const time = { now: 0 };
    const cache = createCache({
      redis,
      namespace,
      defaultTtlSeconds: 60,
      localTtlMs: 1_000,
      now: () => time.now,
    });
    return { cache, time };
  }

  it('when an entry was read within localTtlMs, then it is served without any Redis command', async () => {
    const redis = client();
    const { cache, time } = localCache(redis, 'local-hit');
    const load = countingLoader({ price: 10 });
    await cache.getOrLoadJson('ring', load);
    const sent = recordCommands(redis);
    time.now = 999;
    expect(await cache.getOrLoadJson('ring', load)).toBe('{"price":10}');
    expect(await cache.getOrLoad('ring', load)).toEqual({ price: 10 });
    expect(sent).toEqual([]);
    time.now = 1_000;
    await cache.getOrLoadJson('ring', load);
    expect(sent).toEqual(['evalsha']);
    expect(load.calls).toBe(1);
  });

  it('when this process holds a fresh copy, then localJson answers it at once, and nothing otherwise', async () => {
    const redis = client();
    const { cache, time } = localCache(redis, 'local-now');
    expect(cache.localJson('ring')).toBeUndefined();
    await cache.getOrLoadJson('ring', countingLoader({ price: 10 }));
    const sent = recordCommands(redis);
    time.now = 999;
    expect(cache.localJson('ring')).toBe('{"price":10}');
    time.now = 1_000;
    expect(cache.localJson('ring')).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('when a cache keeps no copies in this process, then localJson never answers', async () => {
    const cache = createCache({ redis: client(), namespace: 'no-local', defaultTtlSeconds: 60 });
    await cache.getOrLoadJson('ring', countingLoader({ price: 10 }));
    expect(cache.localJson('ring')).toBeUndefined();
  });

  it('when another process invalidates the namespace, then this process sees it once its copy is older than localTtlMs', async () => {
    const { cache: here, time } = localCache(client(), 'local-bump');
    const elsewhere = createCache({
      redis: client(),
      namespace: 'local-bump',
      defaultTtlSeconds: 60,
    });
    let price = 10;
    const load = async () => ({ price });
    expect(await here.getOrLoadJson('ring', load)).toBe('{"price":10}');

    price = 12;
    await elsewhere.invalidateNamespace();
    time.now = 500;
    expect(await here.getOrLoadJson('ring', load)).toBe('{"price":10}'); // the bounded staleness
    time.now = 1_000;
    expect(await here.getOrLoadJson('ring', load)).toBe('{"price":12}');
  });

  it('when this process invalidates, then its own copies are dropped at once', async () => {
    const { cache } = localCache(client(), 'local-own');
    let price = 10;
    const load = async () => ({ price });
    await cache.getOrLoadJson('ring', load);
    await cache.getOrLoadJson('band', load);
    price = 12;
    await cache.invalidate('ring');
    expect(await cache.getOrLoadJson('ring', load)).toBe('{"price":12}');
    expect(await cache.getOrLoadJson('band', load)).toBe('{"price":10}');
    await cache.invalidateNamespace();
    expect(await cache.getOrLoadJson('band', load)).toBe('{"price":12}');
  });

  it('when many callers miss their copy at once, then one Redis read serves them all', async () => {
    const redis = client();
    const { cache, time } = localCache(redis, 'local-herd');
    await cache.getOrLoadJson('hot', countingLoader('v'));
    time.now = 5_000;
    const sent = recordCommands(redis);
    const texts = await Promise.all(
      Array.from({ length: 20 }, () => cache.getOrLoadJson('hot', countingLoader('other'))),
    );
    expect(texts).toEqual(Array(20).fill('"v"'));
    expect(sent).toEqual(['evalsha']);
  });

  it('when localTtlMs is negative, then the cache is refused', () => {
    expect(() =>
      createCache({
        redis: client(),
        namespace: 'bad-local',
        defaultTtlSeconds: 60,
        localTtlMs: -1,
      }),
    ).toThrow(RangeError);
  });
});
