import type { Express } from 'express';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { sendSuccess } from '../src/index.js';
import { memoryLogger, type LogEntry } from './support/memory-logger.js';
import { buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, uniquePrefix } from './support/test-redis.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids and request logging', () => {
  const prefix = uniquePrefix();
  let redis: Redis;
  let app: Express;
  let logs: LogEntry[];

  beforeAll(() => {
    redis = connectRedis();
    const { logger, entries } = memoryLogger();
    logs = entries;
    app = buildTestApp(redis, logger, prefix, {
      routes: (app) => {
        app.post('/security/login', (req, res) => sendSuccess(res, { seen: req.requestId }));
        app.get('/security/confirmEmailAddress/:token', (_req, res) => sendSuccess(res, true));
      },
    });
  });

  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  const completedLines = (requestId: string): LogEntry[] =>
    logs.filter((e) => e.message === 'request completed' && e['requestId'] === requestId);

  it('when the client sends a sane X-Request-Id, then it is used and echoed', async () => {
    const res = await request(app).post('/security/login').set('X-Request-Id', 'abc_DEF-123');
    expect(res.headers['x-request-id']).toBe('abc_DEF-123');
    expect(res.body.responseData.seen).toBe('abc_DEF-123');
  });

  it('when the client sends none, then a UUID is generated and echoed', async () => {
    const res = await request(app).get('/healthz');
    expect(res.headers['x-request-id']).toMatch(uuid);
  });

  it.each([
    ['too long', 'a'.repeat(65)],
    ['with spaces (log injection)', 'abc level=error msg=forged'],
    ['with other characters', 'id;drop'],
  ])('when the inbound id is %s, then it is replaced by a UUID', async (_label, inbound) => {
    const res = await request(app).get('/healthz').set('X-Request-Id', inbound);
    expect(res.headers['x-request-id']).toMatch(uuid);
  });

  it('when a request completes, then one line logs method, path, status, duration and id, without query, body or cookies', async () => {
    await request(app)
      .post('/security/login?password=hunter2&token=secret')
      .set('X-Request-Id', 'log-line-1')
      .set('Cookie', 'aneis.sid=s%3Asecret-cookie')
      .send({ email: 'a@b.c', password: 'hunter2' });
    await vi.waitFor(() => expect(completedLines('log-line-1')).toHaveLength(1));
    const line = completedLines('log-line-1')[0];
    expect(line).toMatchObject({
      level: 'info',
      method: 'POST',
      path: '/security/login',
      status: 200,
      requestId: 'log-line-1',
    });
    expect(typeof line?.['durationMs']).toBe('number');
    const serialized = JSON.stringify(logs);
    expect(serialized).not.toContain('hunter2');
    expect(serialized).not.toContain('secret-cookie');
    expect(serialized).not.toContain('token=secret');
  });

  it('when a token travels in the path, then the log line shows a placeholder', async () => {
    const token = 'ab'.repeat(20);
    await request(app)
      .get(`/security/confirmEmailAddress/${token}`)
      .set('X-Request-Id', 'log-line-2');
    await vi.waitFor(() => expect(completedLines('log-line-2')).toHaveLength(1));
    expect(completedLines('log-line-2')[0]?.['path']).toBe('/security/confirmEmailAddress/:token');
    expect(JSON.stringify(logs)).not.toContain(token);
  });

  it('when a probe is called, then its line is only logged at debug level', async () => {
    await request(app).get('/healthz').set('X-Request-Id', 'probe-1');
    await vi.waitFor(() => expect(completedLines('probe-1')).toHaveLength(1));
    expect(completedLines('probe-1')[0]?.level).toBe('debug');
  });

  describe('with quiet path prefixes', () => {
    let quietApp: Express;

    beforeAll(() => {
      const { logger, entries } = memoryLogger();
      logs = entries;
      quietApp = buildTestApp(redis, logger, prefix, {
        quietPathPrefixes: ['/catalog'],
        slowRequestMs: 200,
        routes: (app) => {
          app.get('/catalog/search', (_req, res) => sendSuccess(res, []));
          app.get('/catalog/slow', async (_req, res) => {
            await new Promise((resolve) => setTimeout(resolve, 250));
            sendSuccess(res, []);
          });
          app.get('/catalogue', (_req, res) => sendSuccess(res, []));
        },
      });
    });

    const lineOf = async (path: string, id: string): Promise<LogEntry | undefined> => {
      await request(quietApp).get(path).set('X-Request-Id', id);
      await vi.waitFor(() => expect(completedLines(id)).toHaveLength(1));
      return completedLines(id)[0];
    };

    it('when a read under a quiet prefix succeeds quickly, then its line is debug-level', async () => {
      expect((await lineOf('/catalog/search', 'quiet-1'))?.level).toBe('debug');
    });

    it('when a read under a quiet prefix fails, then its line is logged at info', async () => {
      expect(await lineOf('/catalog/nothing-here', 'quiet-2')).toMatchObject({
        level: 'info',
        status: 404,
      });
    });

    it('when a read under a quiet prefix is slow, then its line is logged at info as slow', async () => {
      expect(await lineOf('/catalog/slow', 'quiet-3')).toMatchObject({
        level: 'info',
        slow: true,
      });
    });

    it('when a path only starts with the same letters, then it is not quiet', async () => {
      expect((await lineOf('/catalogue', 'quiet-4'))?.level).toBe('info');
    });
  });
});
