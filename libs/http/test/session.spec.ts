import type { Express } from 'express';
import type { Redis } from 'ioredis';
import type {} from 'express-session';
import request from 'supertest';
import { TcpProxy } from '@aneis/testing';
import { Redis as IoRedis } from 'ioredis';
import { sendSuccess } from '../src/index.js';
import { memoryLogger } from './support/memory-logger.js';
import { buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, redisAddress, uniquePrefix } from './support/test-redis.js';

declare module 'express-session' {
  interface SessionData {
    userId: string;
  }
}

function sessionRoutes(app: Express): void {
  app.post('/login', (req, res) => {
    req.session.userId = 'user-1';
    sendSuccess(res, true);
  });
  app.get('/whoami', (req, res) => sendSuccess(res, req.session.userId ?? null));
}

/** The Set-Cookie header lines (typed as a string by @types/supertest, an array at runtime). */
function setCookies(res: request.Response): string[] {
  const raw: unknown = res.headers['set-cookie'];
  if (Array.isArray(raw)) return raw.filter((line): line is string => typeof line === 'string');
  return typeof raw === 'string' ? [raw] : [];
}

/** Seconds until the cookie's Expires date (express-session sends Expires, not Max-Age). */
function secondsToExpiry(setCookie: string): number {
  const expires = /Expires=([^;]+)/.exec(setCookie)?.[1];
  if (!expires) throw new Error(`no Expires in ${setCookie}`);
  return (Date.parse(expires) - Date.now()) / 1000;
}

function sessionIdFromCookie(setCookie: string): string {
  const value = decodeURIComponent(setCookie.split(';')[0]?.split('=')[1] ?? '');
  const match = /^s:([^.]+)\./.exec(value);
  if (!match?.[1]) throw new Error(`unexpected session cookie ${setCookie}`);
  return match[1];
}

describe('sessions', () => {
  const prefix = uniquePrefix();
  let redis: Redis;

  beforeAll(() => {
    redis = connectRedis();
  });

  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  describe('in development', () => {
    let app: Express;
    beforeAll(() => {
      app = buildTestApp(redis, memoryLogger().logger, prefix, { routes: sessionRoutes });
    });

    it('when an anonymous visitor calls, then no session cookie is set', async () => {
      const res = await request(app).get('/whoami');
      expect(res.body.responseData).toBeNull();
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('when a session is stored, then the cookie is HttpOnly, SameSite=Lax, 30 min, not Secure', async () => {
      const res = await request(app).post('/login');
      const cookie = setCookies(res)[0] ?? '';
      expect(cookie).toMatch(/^aneis\.sid=s%3A/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
      expect(cookie).toContain('Path=/');
      expect(secondsToExpiry(cookie)).toBeGreaterThan(1790);
      expect(secondsToExpiry(cookie)).toBeLessThanOrEqual(1800);
      expect(cookie).not.toContain('Secure');
    });

    it('when a session is stored, then it lives in Redis under the prefix with the session TTL, and the cookie brings it back', async () => {
      const agent = request.agent(app);
      const login = await agent.post('/login');
      const sid = sessionIdFromCookie(setCookies(login)[0] ?? '');
      const stored = await redis.get(`${prefix}sess:${sid}`);
      expect(JSON.parse(stored ?? '{}')).toMatchObject({ userId: 'user-1' });
      const ttl = await redis.ttl(`${prefix}sess:${sid}`);
      expect(ttl).toBeGreaterThan(1700);
      expect(ttl).toBeLessThanOrEqual(1800);

      const me = await agent.get('/whoami');
      expect(me.body.responseData).toBe('user-1');
      // rolling: every answer pushes the expiry forward with a fresh cookie
      expect(secondsToExpiry(setCookies(me)[0] ?? '')).toBeGreaterThan(1790);
    });
  });

  describe('in production behind a trusted proxy', () => {
    let app: Express;
    beforeAll(() => {
      app = buildTestApp(redis, memoryLogger().logger, prefix, {
        production: true,
        trustProxy: 1,
        routes: sessionRoutes,
      });
    });

    it('when the proxy says the client used HTTPS, then the cookie is Secure', async () => {
      const res = await request(app).post('/login').set('X-Forwarded-Proto', 'https');
      const cookie = setCookies(res)[0] ?? '';
      expect(cookie).toContain('Secure');
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
    });

    it('when the request came over plain HTTP, then no cookie is sent at all', async () => {
      const res = await request(app).post('/login');
      expect(res.headers['set-cookie']).toBeUndefined();
    });
  });

  describe('when Redis goes away', () => {
    it('when a visitor with a session calls, then the answer is 503 with Retry-After, not 500, and it works again once Redis is back', async () => {
      const { host, port } = redisAddress();
      const proxy = new TcpProxy(host, port);
      await proxy.start();
      // As @aneis/cache's client behaves after its first connection: no offline queue.
      const flaky = new IoRedis({
        host: '127.0.0.1',
        port: proxy.port,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        retryStrategy: () => 50,
      });
      flaky.on('error', () => undefined);
      const memory = memoryLogger();
      const app = buildTestApp(flaky, memory.logger, prefix, { routes: sessionRoutes });
      try {
        await vi.waitFor(() => expect(flaky.status).toBe('ready'), { timeout: 3_000 });
        const agent = request.agent(app);
        await agent.post('/login').expect(200);
        await proxy.stop();
        const down = await agent.get('/whoami');
        expect(down.status).toBe(503);
        expect(down.headers['retry-after']).toBe('1');
        expect(down.body.errorDetails).toMatch(/briefly unavailable/);
        expect(memory.entries.some((e) => e.level === 'error')).toBe(false);

        await proxy.start();
        await vi.waitFor(() => expect(flaky.status).toBe('ready'), { timeout: 3_000 });
        expect((await agent.get('/whoami').expect(200)).body.responseData).toBe('user-1');
      } finally {
        flaky.disconnect();
        await proxy.stop();
      }
    });
  });
});
