import type { Express } from 'express';
import { Redis } from 'ioredis';
import request from 'supertest';
import { TcpProxy } from '@aneis/testing';
import { authRateLimiter, sendSuccess } from '../src/index.js';
import { memoryLogger, type LogEntry } from './support/memory-logger.js';
import { buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, redisAddress, uniquePrefix } from './support/test-redis.js';

const LIMIT = 3;

function catalogRoutes(app: Express): void {
  app.get('/catalog', (_req, res) => sendSuccess(res, []));
}

describe('rate limiting', () => {
  const prefix = uniquePrefix();
  let redis: Redis;

  beforeAll(() => {
    redis = connectRedis();
  });

  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  describe('behind a trusted proxy', () => {
    let app: Express;
    beforeAll(() => {
      app = buildTestApp(redis, memoryLogger().logger, prefix, {
        trustProxy: 1,
        rateLimit: { limit: LIMIT, keyPrefix: `${prefix}rl-proxy:` },
        routes: catalogRoutes,
      });
    });

    it('when a client exceeds the limit, then request N+1 gets 429 in the envelope', async () => {
      for (let i = 1; i <= LIMIT; i++) {
        const ok = await request(app).get('/catalog').set('X-Forwarded-For', '203.0.113.1');
        expect(ok.status).toBe(200);
        expect(ok.headers['ratelimit']).toContain(`remaining=${LIMIT - i}`);
        expect(ok.headers['ratelimit-policy']).toBe(`${LIMIT};w=60`);
        expect(ok.headers['x-ratelimit-limit']).toBeUndefined();
      }
      const blocked = await request(app).get('/catalog').set('X-Forwarded-For', '203.0.113.1');
      expect(blocked.status).toBe(429);
      expect(blocked.body).toEqual({
        httpStatus: 429,
        status: 'failed',
        errorDetails: 'Too many requests, please try again later.',
        code: 'TOO_MANY_REQUESTS',
      });
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('when another client IP arrives through the proxy, then it has its own budget', async () => {
      const other = await request(app).get('/catalog').set('X-Forwarded-For', '203.0.113.2');
      expect(other.status).toBe(200);
    });

    it('when the counters live in Redis, then they sit under the configured prefix', async () => {
      const keys = await redis.keys(`${prefix}rl-proxy:*`);
      expect(keys.length).toBeGreaterThanOrEqual(2);
    });

    it('when probes are called often, then they are never limited', async () => {
      for (let i = 0; i < LIMIT + 2; i++) {
        const res = await request(app).get('/healthz').set('X-Forwarded-For', '203.0.113.1');
        expect(res.status).toBe(200);
      }
    });
  });

  describe('without trust proxy', () => {
    it('when a client forges X-Forwarded-For, then it still shares its real IP budget', async () => {
      const app = buildTestApp(redis, memoryLogger().logger, prefix, {
        rateLimit: { limit: LIMIT, keyPrefix: `${prefix}rl-direct:` },
        routes: catalogRoutes,
      });
      const statuses: number[] = [];
      for (let i = 0; i <= LIMIT; i++) {
        const res = await request(app).get('/catalog').set('X-Forwarded-For', `198.51.100.${i}`);
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    });
  });

  describe('authRateLimiter', () => {
    it('when a login route is hammered, then its stricter budget trips first with its own message', async () => {
      const { logger } = memoryLogger();
      const app = buildTestApp(redis, logger, prefix, {
        rateLimit: { limit: 100, keyPrefix: `${prefix}rl-general:` },
        routes: (app) => {
          const strict = authRateLimiter({
            redis,
            logger,
            keyPrefix: `${prefix}rl-auth:`,
            limit: 2,
          });
          app.post('/security/login', strict, (_req, res) => sendSuccess(res, true));
          catalogRoutes(app);
        },
      });
      expect((await request(app).post('/security/login')).status).toBe(200);
      expect((await request(app).post('/security/login')).status).toBe(200);
      const blocked = await request(app).post('/security/login');
      expect(blocked.status).toBe(429);
      expect(blocked.body.errorDetails).toBe('Too many attempts, please try again later.');
      expect((await request(app).get('/catalog')).status).toBe(200);
    });
  });

  describe('when Redis is unreachable', () => {
    let proxy: TcpProxy;
    let flakyRedis: Redis;
    let app: Express;
    let logs: LogEntry[];

    beforeAll(async () => {
      const { host, port } = redisAddress();
      proxy = new TcpProxy(host, port);
      await proxy.start();
      await proxy.stop();
      flakyRedis = new Redis({
        host: '127.0.0.1',
        port: proxy.port,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        retryStrategy: () => 50,
      });
      flakyRedis.on('error', () => undefined);
      const memory = memoryLogger();
      logs = memory.entries;
      app = buildTestApp(flakyRedis, memory.logger, prefix, {
        rateLimit: { limit: LIMIT, keyPrefix: `${prefix}rl-down:` },
        routes: catalogRoutes,
      });
    });

    afterAll(async () => {
      flakyRedis.disconnect();
      await proxy.stop();
    });

    it('when the limiter cannot reach Redis, then requests pass (fail open) and a warning is logged', async () => {
      for (let i = 0; i < LIMIT + 2; i++) {
        const res = await request(app).get('/catalog');
        expect(res.status).toBe(200);
      }
      expect(logs.some((e) => e.level === 'warn' && /allowing request/.test(e.message))).toBe(true);
      expect(logs.some((e) => e.level === 'error')).toBe(false);
    });

    it('when the login limiter cannot reach Redis, then it refuses with 503 and Retry-After while the general one lets the catalogue through', async () => {
      const memory = memoryLogger();
      const guarded = buildTestApp(flakyRedis, memory.logger, prefix, {
        rateLimit: { limit: LIMIT, keyPrefix: `${prefix}rl-down-general:` },
        routes: (app) => {
          const strict = authRateLimiter({
            redis: flakyRedis,
            logger: memory.logger,
            keyPrefix: `${prefix}rl-down-auth:`,
          });
          app.post('/security/login', strict, (_req, res) => sendSuccess(res, true));
          catalogRoutes(app);
        },
      });
      const refused = await request(guarded).post('/security/login');
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.body.errorDetails).toMatch(/cannot be counted/);
      await request(guarded).get('/catalog').expect(200);
      expect(memory.entries.some((e) => e.level === 'error')).toBe(false);
    });

    it('when Redis comes back, then limiting resumes without a restart', async () => {
      await proxy.start();
      await vi.waitFor(() => expect(flakyRedis.status).toBe('ready'), { timeout: 3000 });
      const statuses: number[] = [];
      for (let i = 0; i <= LIMIT; i++) statuses.push((await request(app).get('/catalog')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    });
  });

  describe('when Redis hangs', () => {
    it('when a store call outlives the timeout, then the request passes instead of waiting', async () => {
      const { host, port } = redisAddress();
      const proxy = new TcpProxy(host, port);
      await proxy.start();
      await proxy.stop();
      // Default ioredis behaviour: commands queue while it reconnects, so they never fail fast.
      const queueingRedis = new Redis({
        host: '127.0.0.1',
        port: proxy.port,
        maxRetriesPerRequest: null,
        retryStrategy: () => 50,
      });
      queueingRedis.on('error', () => undefined);
      const memory = memoryLogger();
      const app = buildTestApp(queueingRedis, memory.logger, prefix, {
        rateLimit: { limit: LIMIT, keyPrefix: `${prefix}rl-hang:`, storeTimeoutMs: 100 },
        routes: catalogRoutes,
      });
      try {
        const res = await request(app).get('/catalog');
        expect(res.status).toBe(200);
        expect(
          memory.entries.some(
            (e) => e.level === 'warn' && /within 100 ms/.test(String(e['error'])),
          ),
        ).toBe(true);
      } finally {
        queueingRedis.disconnect();
      }
    });
  });

  describe('far below the limit', () => {
    it('when a client stays under half its limit, then every hit is still counted in Redis', async () => {
      const app = buildTestApp(redis, memoryLogger().logger, prefix, {
        trustProxy: 1,
        rateLimit: { limit: 100, keyPrefix: `${prefix}rl-far:` },
        routes: catalogRoutes,
      });
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          request(app).get('/catalog').set('X-Forwarded-For', '203.0.113.50'),
        ),
      );
      expect(answers.every((res) => res.status === 200)).toBe(true);
      for (let i = 0; i < 10; i++) {
        await request(app).get('/catalog').set('X-Forwarded-For', '203.0.113.50').expect(200);
      }
      const [counter] = await redis.keys(`${prefix}rl-far:*203.0.113.50`);
      await vi.waitFor(async () => expect(await redis.get(counter ?? 'missing')).toBe('30'));
    });

    it('when Redis hangs while a known client is far below its limit, then its request does not wait for it', async () => {
      const { host, port } = redisAddress();
      const proxy = new TcpProxy(host, port);
      await proxy.start();
      const queueingRedis = new Redis({
        host: '127.0.0.1',
        port: proxy.port,
        maxRetriesPerRequest: null,
        retryStrategy: () => 50,
      });
      queueingRedis.on('error', () => undefined);
      const memory = memoryLogger();
      const app = buildTestApp(queueingRedis, memory.logger, prefix, {
        rateLimit: { limit: 100, keyPrefix: `${prefix}rl-unhurried:`, storeTimeoutMs: 200 },
        routes: catalogRoutes,
      });
      try {
        await request(app).get('/catalog').expect(200); // Redis answers: the count is known
        await proxy.stop();
        await request(app).get('/catalog').expect(200);
        // Had the request waited for Redis, the store timeout would have been logged before it.
        expect(memory.entries.filter((e) => e.level === 'warn')).toEqual([]);
      } finally {
        queueingRedis.disconnect();
        await proxy.stop();
      }
    });
  });
});
