import type { Express } from 'express';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { sendSuccess } from '../src/index.js';
import { memoryLogger } from './support/memory-logger.js';
import { ALLOWED_ORIGIN, buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, uniquePrefix } from './support/test-redis.js';

describe('CORS', () => {
  const prefix = uniquePrefix();
  let redis: Redis;
  let app: Express;

  beforeAll(() => {
    redis = connectRedis();
    app = buildTestApp(redis, memoryLogger().logger, prefix, {
      routes: (app) => {
        app.get('/catalog', (_req, res) => sendSuccess(res, []));
      },
    });
  });

  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  it('when an allowed origin calls, then its exact origin is echoed with credentials', async () => {
    const res = await request(app).get('/catalog').set('Origin', ALLOWED_ORIGIN);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(res.headers['access-control-expose-headers']).toBe('X-Request-Id,Retry-After');
    expect(res.headers['vary']).toMatch(/Origin/);
  });

  const allowedPreflight = (method: string, headers: string) =>
    request(app)
      .options('/catalog')
      .set('Origin', ALLOWED_ORIGIN)
      .set('Access-Control-Request-Method', method)
      .set('Access-Control-Request-Headers', headers);

  it('when an allowed origin sends a preflight, then methods and headers are announced and no session or budget is spent', async () => {
    const res = await allowedPreflight('PUT', 'Content-Type');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(res.headers['access-control-allow-methods']).toBe('GET,POST,PUT,DELETE,OPTIONS');
    expect(res.headers['access-control-allow-headers']).toBe(
      'Content-Type,Authorization,X-Request-Id,Access-Control-Allow-Origin',
    );
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['ratelimit']).toBeUndefined();
  });

  it('when Veniqa’s admin asks to fetch a picture with its stray Access-Control-Allow-Origin request header, then the preflight allows it', async () => {
    const res = await allowedPreflight('GET', 'access-control-allow-origin');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(res.headers['access-control-allow-headers']?.toLowerCase().split(',')).toContain(
      'access-control-allow-origin',
    );
  });

  it('when another origin calls, then no CORS header at all is sent', async () => {
    const res = await request(app).get('/catalog').set('Origin', 'https://evil.example');
    const corsHeaders = Object.keys(res.headers).filter((h) => h.startsWith('access-control-'));
    expect(corsHeaders).toEqual([]);
    expect(res.headers['vary']).toMatch(/Origin/);
  });

  it('when another origin sends a preflight, then it gets no CORS headers', async () => {
    const res = await request(app)
      .options('/catalog')
      .set('Origin', 'http://localhost:5201.evil.example')
      .set('Access-Control-Request-Method', 'DELETE');
    const corsHeaders = Object.keys(res.headers).filter((h) => h.startsWith('access-control-'));
    expect(corsHeaders).toEqual([]);
  });
});
