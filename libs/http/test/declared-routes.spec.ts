import { defineRoutes } from '@aneis/contracts';
import type { Express, RequestHandler } from 'express';
import { Router } from 'express';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { z } from 'zod';
import { declaredRoutes, fastRoute, type RouteTable } from '../src/index.js';
import { memoryLogger } from './support/memory-logger.js';
import { buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, uniquePrefix } from './support/test-redis.js';

const contracts = defineRoutes([
  {
    method: 'POST',
    path: '/notes/add',
    auth: 'user',
    request: { body: z.object({ title: z.string().min(1) }) },
    summary: 'Add a note',
  },
  {
    method: 'GET',
    path: '/notes/check/:token',
    auth: 'public',
    request: { params: z.object({ token: z.string().length(4) }) },
    format: 'json',
    summary: 'Whether a token is well formed',
  },
  {
    method: 'GET',
    path: '/notes/bye',
    auth: 'public',
    format: 'text',
    summary: 'Plain-text goodbye',
  },
  {
    method: 'GET',
    path: '/notes/find',
    auth: 'public',
    request: { query: z.object({ id: z.string() }) },
    summary: 'A public read on the fast lane',
  },
]);

/** "Logged in" is a header here: enough to see the contract's auth pick the access step. */
const needsUser: RequestHandler = (req, res, next) => {
  if (req.get('x-user') === undefined) res.status(401).send('only for logged in users');
  else next();
};

function tableWith(seen: unknown[]): RouteTable<typeof contracts, { user: string | undefined }> {
  return {
    'POST /notes/add': {
      missingMessage: 'Missing title',
      handle: ({ body }, ctx) => {
        seen.push(body);
        return { ...body, by: ctx.user };
      },
    },
    'GET /notes/check/:token': {
      onInvalidInput: () => false,
      handle: ({ params }) => params.token === 'abcd',
    },
    'GET /notes/bye': () => 'bye',
    'GET /notes/find': fastRoute({
      prepare: ({ query }) => query.id,
      handle: (id) => JSON.stringify({ id }),
    }),
  };
}

function declare(table: RouteTable<typeof contracts, { user: string | undefined }>) {
  return declaredRoutes<typeof contracts, { user: string | undefined }>(contracts, table, {
    access: (contract) => (contract.auth === 'user' ? [needsUser] : []),
    contextOf: (req) => ({ user: req.get('x-user') }),
  });
}

describe('declared routes', () => {
  const prefix = uniquePrefix();
  const seen: unknown[] = [];
  let redis: Redis;
  let app: Express;

  beforeAll(() => {
    redis = connectRedis();
    const routes = declare(tableWith(seen));
    app = buildTestApp(redis, memoryLogger().logger, prefix, {
      jsonRoutes: routes.fastRoutes,
      routes: (app) => {
        const router = Router();
        routes.mount(router);
        app.use(router);
      },
    });
  });

  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  it('when a table misses a contract route, then start-up refuses it naming the route', () => {
    const { 'GET /notes/bye': _bye, ...missing } = tableWith([]);
    // @ts-expect-error -- a missing route is a type error as well
    expect(() => declare(missing)).toThrow(/no handler for GET \/notes\/bye/);
  });

  it('when a table has a route no contract declares, then start-up refuses it naming the route', () => {
    // @ts-expect-error -- written in the table, an extra route is a type error as well
    expect(() => declare({ ...tableWith([]), 'GET /notes/other': () => 1 })).toThrow(
      /no contract for GET \/notes\/other/,
    );
  });

  it('when a shopper-only route is declared as a fast route, then start-up refuses it', () => {
    const table = {
      ...tableWith([]),
      'POST /notes/add': fastRoute({ prepare: () => 1, handle: () => '1' }),
    };
    expect(() => declare(table)).toThrow(/POST \/notes\/add cannot be a fast route/);
  });

  it('when a caller is not logged in for a user route, then the access step answers before parsing', async () => {
    const res = await request(app).post('/notes/add').send({});
    expect(res.status).toBe(401);
  });

  it('when the body carries unknown keys, then the handler sees only declared ones', async () => {
    const res = await request(app)
      .post('/notes/add')
      .set('x-user', 'ana')
      .send({ title: 'ring', admin: true });
    expect(res.status).toBe(200);
    expect(res.body.responseData).toEqual({ title: 'ring', by: 'ana' });
    expect(seen.at(-1)).toEqual({ title: 'ring' });
  });

  it('when a required field is absent, then the route answers its missing message; when it is wrong, the field error', async () => {
    const missing = await request(app).post('/notes/add').set('x-user', 'ana').send({});
    expect(missing.status).toBe(400);
    expect(missing.body.errorDetails).toBe('Missing title');
    const wrong = await request(app).post('/notes/add').set('x-user', 'ana').send({ title: '' });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body.errorDetails)).toContain('title');
  });

  it('when input is invalid and the route says what that answers, then that is sent in the contract format', async () => {
    const bad = await request(app).get('/notes/check/toolong');
    expect(bad.status).toBe(200);
    expect(bad.body).toBe(false);
    const good = await request(app).get('/notes/check/abcd');
    expect(good.body).toBe(true);
  });

  it('when a text route answers, then it is plain text', async () => {
    const res = await request(app).get('/notes/bye');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toBe('bye');
  });

  it('when a fast route is called through Express, then its prepared input is parsed from the contract', async () => {
    const res = await request(app).get('/notes/find').query({ id: '7', extra: 'x' });
    expect(res.status).toBe(200);
    expect(res.body.responseData).toEqual({ id: '7' });
    expect((await request(app).get('/notes/find')).status).toBe(400);
  });

  it('when a path is under a declared area but not declared, then 404 (not 401)', async () => {
    const res = await request(app).post('/notes/unknown').send({});
    expect(res.status).toBe(404);
  });
});
