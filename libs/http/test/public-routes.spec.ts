import type { Express } from 'express';
import type { Redis } from 'ioredis';
import type {} from 'express-session';
import request from 'supertest';
import { sendSuccess } from '../src/index.js';
import { memoryLogger } from './support/memory-logger.js';
import { buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, uniquePrefix } from './support/test-redis.js';

declare module 'express-session' {
  interface SessionData {
    userId: string;
  }
}

const LIMIT = 5;

describe('public routes (mounted before the session)', () => {
  const prefix = uniquePrefix();
  let redis: Redis;
  let app: Express;

  beforeAll(() => {
    redis = connectRedis();
    app = buildTestApp(redis, memoryLogger().logger, prefix, {
      trustProxy: 1,
      rateLimit: { limit: LIMIT, keyPrefix: `${prefix}rl:` },
      publicRoutes: (app) => {
        app.get('/catalog/search', (req, res) =>
          sendSuccess(res, { sessionLoaded: req.session !== undefined }),
        );
      },
      routes: (app) => {
        app.post('/login', (req, res) => {
          req.session.userId = 'user-1';
          sendSuccess(res, true);
        });
        app.get('/whoami', (req, res) => sendSuccess(res, req.session.userId ?? null));
      },
    });
  });

  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  it('when a logged-in shopper calls a public route, then no session is loaded or refreshed, and the cookie still works elsewhere', async () => {
    const agent = request.agent(app);
    await agent.post('/login').expect(200);
    const [sessionKey] = await redis.keys(`${prefix}sess:*`);
    await redis.expire(sessionKey ?? 'missing', 100);

    const search = await agent.get('/catalog/search').expect(200);
    expect(search.body.responseData).toEqual({ sessionLoaded: false });
    expect(search.headers['set-cookie']).toBeUndefined();
    expect(await redis.ttl(sessionKey ?? 'missing')).toBeLessThanOrEqual(100);

    const me = await agent.get('/whoami').expect(200);
    expect(me.body.responseData).toBe('user-1');
  });

  it('when a public route is hammered, then the rate limit still applies to it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) {
      const res = await request(app).get('/catalog/search').set('X-Forwarded-For', '198.51.100.9');
      statuses.push(res.status);
    }
    expect(statuses.slice(0, LIMIT).every((status) => status === 200)).toBe(true);
    expect(statuses[LIMIT]).toBe(429);
  });
});
