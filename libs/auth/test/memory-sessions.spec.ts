import { createHttpApp, createMemorySessionStore, sendSuccess } from '@aneis/http';
import type { Express } from 'express';
import type {} from 'express-session';
import request from 'supertest';
import winston from 'winston';
import {
  createMemorySessionRegistry,
  endSession,
  establishSession,
  requireLogin,
  type SessionRegistry,
} from '../src/index.js';

const COOKIE = 'memory.sid';

function sessionIdOf(res: request.Response): string {
  const raw: unknown = res.headers['set-cookie'];
  const lines = Array.isArray(raw) ? (raw as string[]) : [];
  const header = lines.find((line) => line.startsWith(`${COOKIE}=`)) ?? '';
  const match = /^s:([^.]+)\./.exec(
    decodeURIComponent(header.split(';')[0]?.slice(COOKIE.length + 1) ?? ''),
  );
  if (!match?.[1]) throw new Error(`no session cookie in ${JSON.stringify(lines)}`);
  return match[1];
}

// REDIS_URL=memory://: sessions in express-session's MemoryStore, the registry beside it.
describe('in-process sessions and registry (no Redis)', () => {
  let registry: SessionRegistry;
  let app: Express;

  beforeAll(() => {
    const store = createMemorySessionStore();
    registry = createMemorySessionRegistry({ store });
    app = createHttpApp({
      logger: winston.createLogger({ silent: true }),
      redis: undefined,
      sessionStore: store,
      corsOrigins: [],
      session: { secret: 'memory-test-secret', cookieName: COOKIE, keyPrefix: 'unused:' },
      rateLimit: { limit: 10_000, keyPrefix: 'unused-rl:' },
      routes: (routes) => {
        routes.post('/login', async (req, res) => {
          const { user } = req.body as { user: string };
          await establishSession(req, { userId: user }, { registry });
          sendSuccess(res, user);
        });
        routes.get('/me', requireLogin(), (req, res) => sendSuccess(res, req.session.userId));
        routes.get('/logout', async (req, res) => {
          await endSession(req, res, COOKIE, { registry });
          sendSuccess(res, true);
        });
      },
    });
  });

  async function loggedIn(user: string) {
    const agent = request.agent(app);
    const res = await agent.post('/login').send({ user });
    expect(res.status).toBe(200);
    return { agent, sid: sessionIdOf(res) };
  }

  it('when a user logs in, then the session is served from memory and tracked', async () => {
    const { agent, sid } = await loggedIn('alice');
    expect((await agent.get('/me')).body.responseData).toBe('alice');
    expect(await registry.sessionIds('alice')).toContain(sid);
  });

  it('when the user logs out, then the session is gone and untracked', async () => {
    const { agent, sid } = await loggedIn('dora');
    await agent.get('/logout');
    expect((await agent.get('/me')).status).toBe(401);
    expect(await registry.sessionIds('dora')).not.toContain(sid);
  });

  it("when a user's sessions are revoked, then all end (but a kept one) and others stay", async () => {
    const first = await loggedIn('bob');
    const second = await loggedIn('bob');
    const kept = await loggedIn('bob');
    const other = await loggedIn('carol');

    expect(await registry.revokeUser('bob', { keepSessionId: kept.sid })).toBe(2);

    expect((await first.agent.get('/me')).status).toBe(401);
    expect((await second.agent.get('/me')).status).toBe(401);
    expect((await kept.agent.get('/me')).status).toBe(200);
    expect((await other.agent.get('/me')).status).toBe(200);
    expect(await registry.sessionIds('bob')).toEqual([kept.sid]);
    expect(await registry.revokeUser('nobody')).toBe(0);
  });
});
