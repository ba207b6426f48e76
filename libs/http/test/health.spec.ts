import type { Express } from 'express';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { markNotReady } from '../src/index.js';
import { memoryLogger } from './support/memory-logger.js';
import { buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, uniquePrefix } from './support/test-redis.js';

describe('health and readiness probes', () => {
  const prefix = uniquePrefix();
  let redis: Redis;
  let app: Express;
  let mongoUp: boolean;

  beforeAll(() => {
    redis = connectRedis();
    app = buildTestApp(redis, memoryLogger().logger, prefix, {
      readinessTimeoutMs: 200,
      readinessChecks: {
        redis: async () => (await redis.ping()) === 'PONG',
        mongo: async () => mongoUp,
      },
      routes: () => undefined,
    });
  });

  beforeEach(() => {
    mongoUp = true;
  });

  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  it('when the process lives, then /healthz answers 200 ok', async () => {
    const res = await request(app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('when every check passes, then /readyz answers 200 with each check', async () => {
    const res = await request(app).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready', checks: { redis: 'ok', mongo: 'ok' } });
  });

  it('when a dependency has just failed (an election, a failover), then /readyz stays 200 and says which', async () => {
    mongoUp = false;
    const res = await request(app).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready', checks: { redis: 'ok', mongo: 'failed' } });
  });

  it('when a dependency keeps failing past its allowance, then /readyz answers 503 until it passes again', async () => {
    let up = true;
    const checked = buildTestApp(redis, memoryLogger().logger, prefix, {
      readinessChecks: { mongo: { check: async () => up, unreadyAfterMs: 150 } },
      routes: () => undefined,
    });
    await request(checked).get('/readyz').expect(200);
    up = false;
    await request(checked).get('/readyz').expect(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const res = await request(checked).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'not ready', checks: { mongo: 'failed' } });
    up = true;
    await request(checked).get('/readyz').expect(200);
    // the allowance starts again from the last pass, not from the first failure
    up = false;
    await request(checked).get('/readyz').expect(200);
  });

  it('when a dependency is only reported (Redis), then however long it fails the pod stays ready', async () => {
    const reported = buildTestApp(redis, memoryLogger().logger, prefix, {
      readinessChecks: {
        redis: { check: async () => false, unreadyAfterMs: Number.POSITIVE_INFINITY },
        mongo: { check: async () => true, unreadyAfterMs: 0 },
      },
      routes: () => undefined,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const res = await request(reported).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready', checks: { redis: 'failed', mongo: 'ok' } });
  });

  it('when a check throws or hangs, then it counts as failed or timed out', async () => {
    const flaky = buildTestApp(redis, memoryLogger().logger, prefix, {
      readinessTimeoutMs: 50,
      readinessChecks: {
        throws: {
          check: async () => {
            throw new Error('connection refused');
          },
          unreadyAfterMs: 0,
        },
        hangs: { check: () => new Promise<boolean>(() => undefined), unreadyAfterMs: 0 },
      },
      routes: () => undefined,
    });
    const res = await request(flaky).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.checks).toEqual({ throws: 'failed', hangs: 'timeout' });
  });

  it('when shutdown has begun, then /readyz answers 503 while /healthz still answers 200', async () => {
    const closing = buildTestApp(redis, memoryLogger().logger, prefix, { routes: () => undefined });
    expect((await request(closing).get('/readyz')).status).toBe(200);
    markNotReady(closing);
    const res = await request(closing).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'shutting down' });
    expect((await request(closing).get('/healthz')).status).toBe(200);
  });
});
