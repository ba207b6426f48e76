import { randomUUID } from 'node:crypto';
import { createHttpApp, sendSuccess } from '@aneis/http';
import type { Express } from 'express';
import type {} from 'express-session';
import { Redis } from 'ioredis';
import request from 'supertest';
import winston from 'winston';
import {
  createCredentialChecker,
  createPasswordHasher,
  createSessionRegistry,
  endSession,
  establishSession,
  hashPassword,
  NOT_LOGGED_IN_TEXT,
  PERMISSION_DENIED_TEXT,
  requireLogin,
  requirePermission,
  revokeUserSessions,
  type PasswordHasher,
  type SessionRegistry,
} from '../src/index.js';

declare module 'express-session' {
  interface SessionData {
    visits: number;
  }
}

interface TestUser {
  id: string;
  email: string;
  password: string;
  permissions: string[];
}

const COOKIE = 'aneis.sid';
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** The Set-Cookie header lines (typed as a string by @types/supertest, an array at runtime). */
function setCookies(res: request.Response): string[] {
  const raw: unknown = res.headers['set-cookie'];
  if (Array.isArray(raw)) return raw.filter((line): line is string => typeof line === 'string');
  return typeof raw === 'string' ? [raw] : [];
}

function sessionIdOf(res: request.Response): string {
  const header = setCookies(res).find((c) => c.startsWith(`${COOKIE}=`)) ?? '';
  const value = decodeURIComponent(header.split(';')[0]?.slice(COOKIE.length + 1) ?? '');
  const match = /^s:([^.]+)\./.exec(value);
  if (!match?.[1]) throw new Error(`no session cookie in ${JSON.stringify(setCookies(res))}`);
  return match[1];
}

describe('sessions and guards over real HTTP and Redis', () => {
  const prefix = `test:${randomUUID()}:`;
  const sessionPrefix = `${prefix}sess:`;
  const users = new Map<string, TestUser>();
  let redis: Redis;
  let registry: SessionRegistry;
  let app: Express;
  let hasher: PasswordHasher;

  const byEmail = (email: unknown): TestUser | undefined =>
    [...users.values()].find((u) => u.email === email);

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    registry = createSessionRegistry({ redis, sessionPrefix });
    hasher = createPasswordHasher({ cost: 10, threads: 1 });
    const checker = createCredentialChecker<TestUser>({ hasher });
    for (const [id, permissions] of [
      ['alice', ['CATALOG_READ']],
      ['bob', ['ORDER_READ']],
      ['root', ['SUPERADMIN']],
    ] as const) {
      users.set(id, {
        id,
        email: `${id}@example.com`,
        password: await hashPassword(`${id}-password`, 10),
        permissions: [...permissions],
      });
    }

    app = createHttpApp({
      logger: winston.createLogger({ silent: true }),
      redis,
      corsOrigins: [],
      session: { secret: 'auth-test-secret', cookieName: COOKIE, keyPrefix: sessionPrefix },
      rateLimit: { limit: 10_000, keyPrefix: `${prefix}rl:` },
      routes: (app) => {
        app.post('/visit', (req, res) => {
          req.session.visits = (req.session.visits ?? 0) + 1;
          sendSuccess(res, req.session.visits);
        });
        app.post('/security/login', async (req, res) => {
          const body = req.body as { email?: unknown; password?: unknown };
          const user = await checker.check(
            byEmail(body.email),
            typeof body.password === 'string' ? body.password : '',
          );
          if (!user) {
            res.status(401).type('text/plain').send('Unauthorized');
            return;
          }
          await establishSession(req, { userId: user.id }, { registry });
          res.json({ email: user.email });
        });
        app.get('/me', requireLogin(), (req, res) => sendSuccess(res, req.session.userId));
        app.get(
          '/catalog/search',
          requirePermission(['CATALOG_READ', 'CATALOG_WRITE'], {
            loadPermissions: async (req) => {
              const id = req.session.userId;
              return id === undefined ? null : (users.get(id)?.permissions ?? null);
            },
          }),
          (_req, res) => sendSuccess(res, []),
        );
        app.get('/security/logout', async (req, res) => {
          await endSession(req, res, COOKIE, { registry });
          res.type('text/plain').send('logged out successfully');
        });
      },
    });
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await hasher.close();
  });

  async function loggedInAgent(
    id: string,
  ): Promise<{ agent: ReturnType<typeof request.agent>; sid: string }> {
    const agent = request.agent(app);
    const res = await agent
      .post('/security/login')
      .send({ email: `${id}@example.com`, password: `${id}-password` });
    expect(res.status).toBe(200);
    return { agent, sid: sessionIdOf(res) };
  }

  it('when a visitor with a session logs in, then the session id changes and the old one is gone from Redis', async () => {
    const agent = request.agent(app);
    const visit = await agent.post('/visit');
    const before = sessionIdOf(visit);
    expect(await redis.exists(`${sessionPrefix}${before}`)).toBe(1);

    const login = await agent
      .post('/security/login')
      .send({ email: 'alice@example.com', password: 'alice-password' });
    const after = sessionIdOf(login);

    expect(after).not.toBe(before);
    expect(await redis.exists(`${sessionPrefix}${before}`)).toBe(0);
    expect(JSON.parse((await redis.get(`${sessionPrefix}${after}`)) ?? '{}')).toMatchObject({
      userId: 'alice',
    });
    expect(await registry.sessionIds('alice')).toContain(after);
    expect((await agent.get('/me')).body.responseData).toBe('alice');
  });

  it('when the e-mail is unknown or the password wrong, then the answers are identical', async () => {
    const unknown = await request(app)
      .post('/security/login')
      .send({ email: 'nobody@example.com', password: 'alice-password' });
    const wrong = await request(app)
      .post('/security/login')
      .send({ email: 'alice@example.com', password: 'nobody-password' });
    expect([unknown.status, unknown.text]).toEqual([401, 'Unauthorized']);
    expect([wrong.status, wrong.text]).toEqual([401, 'Unauthorized']);
    expect(unknown.headers['set-cookie']).toBeUndefined();
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it("when nobody is logged in, then requireLogin answers 401 with Veniqa's text", async () => {
    const res = await request(app).get('/me');
    expect(res.status).toBe(401);
    expect(res.text).toBe(NOT_LOGGED_IN_TEXT);
    expect(res.type).toBe('text/plain');
  });

  it("when the user lacks the permission, then 403 with Veniqa's text; granting it works on the next request", async () => {
    const { agent } = await loggedInAgent('bob');
    const denied = await agent.get('/catalog/search');
    expect(denied.status).toBe(403);
    expect(denied.text).toBe(PERMISSION_DENIED_TEXT);

    users.get('bob')?.permissions.push('CATALOG_READ');
    expect((await agent.get('/catalog/search')).status).toBe(200);

    users.set('bob', { ...(users.get('bob') as TestUser), permissions: ['ORDER_READ'] });
    expect((await agent.get('/catalog/search')).status).toBe(403);
  });

  it('when the user is SUPERADMIN, then every permission check passes', async () => {
    const { agent } = await loggedInAgent('root');
    expect((await agent.get('/catalog/search')).status).toBe(200);
  });

  it('when nobody is logged in, then the permission guard answers 401, not 403', async () => {
    const res = await request(app).get('/catalog/search');
    expect(res.status).toBe(401);
    expect(res.text).toBe(NOT_LOGGED_IN_TEXT);
  });

  it('when the user logs out, then the Redis session is destroyed, the cookie cleared and the index updated', async () => {
    const { agent, sid } = await loggedInAgent('alice');
    const res = await agent.get('/security/logout');
    expect(res.text).toBe('logged out successfully');
    const cleared = setCookies(res).find((c) => c.startsWith(`${COOKIE}=`)) ?? '';
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cleared).toContain('HttpOnly');
    expect(await redis.exists(`${sessionPrefix}${sid}`)).toBe(0);
    expect(await registry.sessionIds('alice')).not.toContain(sid);
    expect((await agent.get('/me')).status).toBe(401);
  });

  it('when logging out without a session, then it still succeeds', async () => {
    const res = await request(app).get('/security/logout');
    expect(res.status).toBe(200);
  });

  it("when a user's sessions are revoked, then all of them end and other users stay logged in", async () => {
    const first = await loggedInAgent('alice');
    const second = await loggedInAgent('alice');
    const other = await loggedInAgent('bob');

    const revoked = await revokeUserSessions(redis, sessionPrefix, 'alice');

    expect(revoked).toBeGreaterThanOrEqual(2);
    expect((await first.agent.get('/me')).status).toBe(401);
    expect((await second.agent.get('/me')).status).toBe(401);
    expect((await other.agent.get('/me')).status).toBe(200);
    expect(await registry.sessionIds('alice')).toEqual([]);
  });

  it('when revoking with keepSessionId, then the current session survives', async () => {
    const current = await loggedInAgent('alice');
    const elsewhere = await loggedInAgent('alice');
    expect(await registry.revokeUser('alice', { keepSessionId: current.sid })).toBe(1);
    expect((await current.agent.get('/me')).status).toBe(200);
    expect((await elsewhere.agent.get('/me')).status).toBe(401);
  });
});

describe('session registry bookkeeping', () => {
  const prefix = `test:${randomUUID()}:`;
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('when a tracked session has expired, then the next login prunes it from the index', async () => {
    const registry = createSessionRegistry({ redis, sessionPrefix: `${prefix}sess:` });
    await registry.track('carol', 'expired-session');
    await redis.set(`${prefix}sess:live-session`, '{}');
    await registry.track('carol', 'live-session');
    expect(await redis.smembers(`${prefix}sess-by-user:carol`)).toEqual(['live-session']);
    expect(await registry.sessionIds('carol')).toEqual(['live-session']);
  });

  it('when the user has no sessions, then revoking is a no-op', async () => {
    expect(await revokeUserSessions(redis, `${prefix}sess:`, 'nobody')).toBe(0);
  });

  it('when the index prefix would fall inside the session prefix, then the registry refuses', () => {
    expect(() => createSessionRegistry({ redis, sessionPrefix: 'sess' })).toThrow(/indexPrefix/);
    expect(() =>
      createSessionRegistry({ redis, sessionPrefix: 'sess:', indexPrefix: 'sess:users:' }),
    ).toThrow(/indexPrefix/);
    expect(() =>
      createSessionRegistry({ redis, sessionPrefix: 'sess', indexPrefix: 'users-of-sessions:' }),
    ).not.toThrow();
  });
});
