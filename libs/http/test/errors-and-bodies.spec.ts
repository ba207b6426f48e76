import { BadInput, NotFound, TransitionNotAllowed } from '@aneis/errors';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { z } from 'zod';
import { sendSuccess, sendSuccessJson } from '../src/index.js';
import { memoryLogger, type LogEntry } from './support/memory-logger.js';
import { buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, uniquePrefix } from './support/test-redis.js';

describe('error handling and body parsing', () => {
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
        app.post('/echo', (req, res) => sendSuccess(res, req.body));
        app.post('/created', (_req, res) => sendSuccess(res, { id: 1 }, 201));
        app.get('/parsed', (_req, res) => sendSuccess(res, { name: 'Anel', tags: ['ouro'] }));
        app.get('/serialized', (_req, res) =>
          sendSuccessJson(res, JSON.stringify({ name: 'Anel', tags: ['ouro'] })),
        );
        app.get('/missing-product', () => {
          throw new NotFound();
        });
        app.post('/orders/confirm', async () => {
          await Promise.resolve();
          throw new TransitionNotAllowed('Order is already cancelled', {
            details: { from: 'CANCELLED', to: 'CONFIRMED' },
          });
        });
        app.get('/bad-input', () => {
          throw new BadInput('Missing checkout id');
        });
        app.get('/bug', async () => {
          await Promise.resolve();
          throw new TypeError("Cannot read properties of undefined (reading 'cart')");
        });
        app.get('/throws-string', () => {
          throw 'plain string';
        });
        app.post('/validated', (req, res) => {
          const body = z.object({ email: z.email(), name: z.string() }).parse(req.body);
          sendSuccess(res, body);
        });
        app.get('/cast', () => {
          throw Object.assign(new Error('Cast to ObjectId failed for value "x"'), {
            name: 'CastError',
            path: '_id',
            kind: 'ObjectId',
            value: 'x',
          });
        });
        app.get('/duplicate', () => {
          throw Object.assign(new Error('E11000 duplicate key error'), {
            code: 11000,
            keyValue: { email: 'someone@example.com' },
          });
        });
      },
    });
  });

  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  it('when a route succeeds, then the envelope carries httpStatus, status and responseData', async () => {
    const res = await request(app).post('/echo').send({ a: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ httpStatus: 200, status: 'successful', responseData: { a: 1 } });
    const created = await request(app).post('/created');
    expect(created.status).toBe(201);
    expect(created.body.httpStatus).toBe(201);
  });

  it('when data is sent as JSON text already, then the bytes and headers are those of sendSuccess', async () => {
    const parsed = await request(app).get('/parsed').expect(200);
    const serialized = await request(app).get('/serialized').expect(200);
    expect(serialized.text).toBe(parsed.text);
    expect(serialized.headers['content-type']).toBe(parsed.headers['content-type']);
    expect(serialized.headers['content-length']).toBe(parsed.headers['content-length']);
    expect(serialized.headers['etag']).toBe(parsed.headers['etag']);
  });

  it('when a 2 MB JSON body arrives, then 413 comes back as a JSON envelope, not HTML', async () => {
    const res = await request(app)
      .post('/echo')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ blob: 'x'.repeat(2 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.type).toBe('application/json');
    expect(res.body).toMatchObject({ httpStatus: 413, status: 'failed' });
    expect(res.body.errorDetails).toMatch(/too large/);
  });

  it('when a 2 MB urlencoded body arrives, then it is refused as a form (415) before it is read', async () => {
    const res = await request(app)
      .post('/echo')
      .type('form')
      .send(`blob=${'x'.repeat(2 * 1024 * 1024)}`);
    expect(res.status).toBe(415);
    expect(res.body.status).toBe('failed');
  });

  it('when the JSON is malformed, then 400 comes back in the envelope', async () => {
    const res = await request(app)
      .post('/echo')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.c",');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      httpStatus: 400,
      status: 'failed',
      errorDetails: 'Request body is not valid JSON',
      code: 'MALFORMED_JSON',
    });
  });

  it('when a route is unknown, then 404 comes back in the envelope', async () => {
    const res = await request(app).get('/no/such/route');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      httpStatus: 404,
      status: 'failed',
      errorDetails: 'Not Found',
      code: 'NOT_FOUND',
    });
  });

  it('when a route throws an AppError, then its status and message are answered', async () => {
    const notFound = await request(app).get('/missing-product');
    expect(notFound.status).toBe(404);
    expect(notFound.body).toEqual({
      httpStatus: 404,
      status: 'failed',
      errorDetails: 'Not Found',
      code: 'NOT_FOUND',
    });

    const badInput = await request(app).get('/bad-input');
    expect(badInput.status).toBe(400);
    expect(badInput.body.errorDetails).toBe('Missing checkout id');
  });

  it('when an async route rejects with an AppError, then Express 5 forwards it with code and details', async () => {
    const res = await request(app).post('/orders/confirm');
    expect(res.status).toBe(405);
    expect(res.body).toEqual({
      httpStatus: 405,
      status: 'failed',
      errorDetails: 'Order is already cancelled',
      code: 'TRANSITION_NOT_ALLOWED',
      details: { from: 'CANCELLED', to: 'CONFIRMED' },
    });
  });

  it('when a route has a bug, then 500 names the request id, hides the stack, and logs it once', async () => {
    const res = await request(app).get('/bug').set('X-Request-Id', 'bug-report-1');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({
      httpStatus: 500,
      status: 'failed',
      errorDetails: 'Internal Server Error (request id bug-report-1)',
      code: 'INTERNAL_ERROR',
    });
    expect(res.text).not.toContain('TypeError');
    expect(res.text).not.toContain('.ts:');
    const errors = logs.filter((e) => e.level === 'error' && e['requestId'] === 'bug-report-1');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.['stack']).toContain('TypeError');
  });

  it('when something that is not an Error is thrown, then it is still a 500 envelope', async () => {
    const res = await request(app).get('/throws-string');
    expect(res.status).toBe(500);
    expect(res.body.errorDetails).toMatch(/^Internal Server Error \(request id [0-9a-f-]{36}\)$/);
  });

  it('when zod rejects the body, then 400 names the failing fields', async () => {
    const res = await request(app).post('/validated').send({ email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(res.body.errorDetails).toMatch(/^Invalid request: /);
    expect(res.body.errorDetails).toContain('email');
    expect(res.body.errorDetails).toContain('name');
  });

  it('when mongoose cannot cast an id, then 400 names the field without echoing the value', async () => {
    const res = await request(app).get('/cast');
    expect(res.status).toBe(400);
    expect(res.body.errorDetails).toBe("Invalid value for field '_id'");
  });

  it('when a unique key is duplicated, then 409 names the field, not the value', async () => {
    const res = await request(app).get('/duplicate');
    expect(res.status).toBe(409);
    expect(res.body.errorDetails).toBe('A record with the same email already exists');
    expect(res.text).not.toContain('someone@example.com');
  });
});
