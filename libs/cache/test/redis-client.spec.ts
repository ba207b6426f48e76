import { Redis } from 'ioredis';
import { closeRedis } from '../src/close-redis.js';
import { createRedisClient } from '../src/create-redis-client.js';
import { redisHealth } from '../src/redis-health.js';
import {
  closedPort,
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

function track(client: Redis): Redis {
  clients.push(client);
  return client;
}

afterAll(async () => {
  await Promise.all(clients.map((client) => closeRedis(client)));
  await deleteKeys(prefix);
});

describe('createRedisClient', () => {
  it('when Redis is up, then redisHealth is true and keys carry the prefix', async () => {
    const client = track(createRedisClient({ url: redisUrl, keyPrefix: prefix }));
    expect(await redisHealth(client)).toBe(true);

    await client.set('greeting', 'olá');
    const raw = new Redis(redisUrl);
    try {
      expect(await raw.get(`${prefix}greeting`)).toBe('olá');
    } finally {
      raw.disconnect();
    }
  });

  it('when nothing listens on the port, then redisHealth is false and commands fail instead of hanging', async () => {
    const logger = recordingLogger();
    const url = `redis://127.0.0.1:${await closedPort()}`;
    const client = track(createRedisClient({ url, keyPrefix: prefix, logger }));

    expect(await settlesWithin(redisHealth(client, 300), 2_000, 'redisHealth')).toBe(false);
    await expect(settlesWithin(client.get('anything'), 2_000, 'GET')).rejects.toThrow();
    // Attempts keep failing in the background, but the outage is reported once.
    await nextEvent(client, 'reconnecting');
    await nextEvent(client, 'reconnecting');
    expect(logger.lines.filter((line) => line.level !== 'info')).toHaveLength(1);
    expect(logger.lines[0]).toMatchObject({
      level: 'error',
      message: expect.stringMatching(/unavailable/),
    });
  });

  it('when the connection drops and Redis returns, then the client reconnects and logs each change once', async () => {
    const relay = new RedisRelay();
    await relay.start();
    const logger = recordingLogger();
    const client = track(createRedisClient({ url: relay.url, keyPrefix: prefix, logger }));
    try {
      await nextEvent(client, 'ready');
      await client.set('before', '1');

      await relay.stop();
      await nextEvent(client, 'reconnecting');
      await nextEvent(client, 'reconnecting');
      await nextEvent(client, 'reconnecting');
      await expect(
        settlesWithin(client.get('before'), 2_000, 'GET during outage'),
      ).rejects.toThrow();
      expect(await redisHealth(client, 200)).toBe(false);

      await relay.start();
      await nextEvent(client, 'ready', 10_000);
      expect(await client.get('before')).toBe('1');
      expect(await redisHealth(client)).toBe(true);

      expect(logger.lines.map((line) => `${line.level} ${line.message}`)).toEqual([
        'info redis connected',
        expect.stringMatching(/^(warn|error) redis (connection lost|unavailable)/),
        'info redis reconnected',
      ]);
      expect(JSON.stringify(logger.lines)).not.toContain('password');
    } finally {
      await closeRedis(client);
      await relay.stop();
    }
  });

  it('when closeRedis is called twice at once and again later, then each call resolves and the client ends', async () => {
    const client = track(createRedisClient({ url: redisUrl, keyPrefix: prefix }));
    await nextEvent(client, 'ready');

    await Promise.all([closeRedis(client), closeRedis(client)]);
    await closeRedis(client);
    expect(client.status).toBe('end');
  });

  it('when a lazy client never connected, then closeRedis still resolves', async () => {
    const client = createRedisClient({ url: redisUrl, lazyConnect: true });
    expect(client.status).toBe('wait');
    await closeRedis(client);
    expect(client.status).toBe('end');
  });

  it('when a client is closed on purpose, then the logger calls it closed, not lost', async () => {
    const logger = recordingLogger();
    const client = createRedisClient({ url: redisUrl, logger });
    await nextEvent(client, 'ready');
    await closeRedis(client);
    expect(logger.lines.map((line) => `${line.level} ${line.message}`)).toEqual([
      'info redis connected',
      'info redis connection closed',
    ]);
  });

  it('when sentinels are given, then the client asks them for the named master, logging in to them too', async () => {
    const client = createRedisClient({
      url: redisUrl,
      keyPrefix: 'shop:',
      sentinels: [
        { host: 'redis-sentinel-0', port: 26379 },
        { host: 'redis-sentinel-1', port: 26379 },
      ],
      sentinelName: 'aneis',
      password: 'not-logged',
      lazyConnect: true,
    });
    try {
      expect(client.options).toMatchObject({
        sentinels: [
          { host: 'redis-sentinel-0', port: 26379 },
          { host: 'redis-sentinel-1', port: 26379 },
        ],
        name: 'aneis',
        password: 'not-logged',
        sentinelPassword: 'not-logged',
        keyPrefix: 'shop:',
        maxRetriesPerRequest: 1,
      });
      expect(client.options.retryStrategy?.(1_000)).toEqual(expect.any(Number));
    } finally {
      await closeRedis(client);
    }
  });

  it('when neither a url nor sentinels with a name are given, then it refuses to build a client', () => {
    expect(() => createRedisClient({})).toThrow(/url/);
    expect(() => createRedisClient({ sentinels: [{ host: 'x', port: 26379 }] })).toThrow(
      /sentinelName/,
    );
  });
});
