import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BadInput } from '@aneis/errors';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { startHttpServer, type RunningHttpServer } from '../src/index.js';
import type { JsonRoute } from '../src/json-routes.js';
import { countExpressCalls, type ExpressCalls } from './support/express-calls.js';
import { memoryLogger, type LogEntry } from './support/memory-logger.js';
import { rawExchange } from './support/raw-http.js';
import { ALLOWED_ORIGIN, buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, uniquePrefix } from './support/test-redis.js';

const LIMIT = 1000;

let prepareCalls = 0;

/** Echoes what the route was given, so both entrances can be compared on the same input. */
const routes: JsonRoute[] = [
  {
    method: 'POST',
    path: '/catalog/search',
    prepare: ({ body }) => {
      prepareCalls += 1;
      if (typeof body === 'object' && body !== null && 'refuse' in body) {
        throw new BadInput('Page must be positive');
      }
      return { received: body ?? null };
    },
    handle: async (prepared: { received: unknown }) => {
      const { received } = prepared;
      if (typeof received === 'object' && received !== null && 'explode' in received) {
        throw new Error('database exploded with secret details');
      }
      return JSON.stringify(prepared);
    },
  },
  {
    method: 'GET',
    path: '/catalog/getProductDetails',
    prepare: ({ query }) => query,
    handle: async (query) => JSON.stringify({ query }),
  },
  {
    // Answers (or refuses) without a promise, as a cache hit held in the process does.
    method: 'GET',
    path: '/ui/featured',
    prepare: ({ query }) => {
      if (query['name'] === undefined) throw new BadInput('name is required');
      return query['name'];
    },
    handle: (name) => JSON.stringify({ featured: name }),
  },
  {
    // Tries to change what it was given: remembered inputs are shared, so they are frozen.
    method: 'POST',
    path: '/catalog/tamper',
    prepare: ({ body }) => ({ body }),
    handle: (prepared: { body: { tags: string[] } }) => {
      prepared.body.tags.push('changed');
      return JSON.stringify(prepared);
    },
  },
];

// Headers that legitimately differ between two answers to the same request.
const PER_ANSWER = new Set(['date', 'x-request-id', 'ratelimit', 'connection', 'keep-alive']);

function comparableHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => !PER_ANSWER.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('fast lane for declared JSON routes', () => {
  const prefix = uniquePrefix();
  let redis: Redis;
  let app: Express;
  let running: RunningHttpServer;
  let server: Server;
  let logs: LogEntry[];
  let expressCalls: ExpressCalls;

  beforeAll(async () => {
    redis = connectRedis();
    const memory = memoryLogger();
    logs = memory.entries;
    app = buildTestApp(redis, memory.logger, prefix, {
      trustProxy: 'loopback',
      bodyLimit: '1kb',
      rateLimit: { limit: LIMIT, keyPrefix: `${prefix}rl:` },
      quietPathPrefixes: ['/catalog'],
      jsonRoutes: routes,
      routes: () => undefined,
    });
    // The lane's requests must not reach Express.
    expressCalls = countExpressCalls(app);
    running = await startHttpServer(app, {
      port: 0,
      host: '127.0.0.1',
      logger: memory.logger,
      installProcessHandlers: false,
    });
    server = running.server;
  });

  beforeEach(() => {
    expressCalls.reset();
  });

  afterAll(async () => {
    await running.shutdown('test over');
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  it('when a declared route is called, then the lane answers it with the same status, body and headers as Express', async () => {
    const viaLane = await request(server)
      .post('/catalog/search')
      .set('Origin', ALLOWED_ORIGIN)
      .send({ text: 'anel', pagingOptions: { page: 1 } });
    expect(expressCalls.count()).toBe(0);
    const viaExpress = await request(app)
      .post('/catalog/search')
      .set('Origin', ALLOWED_ORIGIN)
      .send({ text: 'anel', pagingOptions: { page: 1 } });

    expect(viaLane.status).toBe(200);
    expect(viaLane.body).toEqual({
      httpStatus: 200,
      status: 'successful',
      responseData: { received: { text: 'anel', pagingOptions: { page: 1 } } },
    });
    expect(viaLane.text).toBe(viaExpress.text);
    expect(comparableHeaders(viaLane.headers)).toEqual(comparableHeaders(viaExpress.headers));
    expect(viaLane.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(viaLane.headers['content-security-policy']).toContain("default-src 'self'");
    expect(viaLane.headers['ratelimit-policy']).toBe(`${LIMIT};w=60`);
  });

  it('when a GET route gets a query, then it is parsed as Express parses it and operator keys stay plain keys', async () => {
    const path = '/catalog/getProductDetails?productId=abc&productId[$ne]=x&tag=a&tag=b';
    const viaLane = await request(server).get(path).expect(200);
    const viaExpress = await request(app).get(path).expect(200);
    expect(viaLane.body.responseData).toEqual({
      query: { productId: 'abc', 'productId[$ne]': 'x', tag: ['a', 'b'] },
    });
    expect(viaLane.text).toBe(viaExpress.text);
    expect(comparableHeaders(viaLane.headers)).toEqual(comparableHeaders(viaExpress.headers));
  });

  it('when a route answers or refuses without a promise, then the lane sends the same as Express', async () => {
    const answered = await request(server).get('/ui/featured?name=new').expect(200);
    const refused = await request(server).get('/ui/featured').expect(400);
    expect(expressCalls.count()).toBe(0);
    expect(answered.body.responseData).toEqual({ featured: 'new' });
    expect(refused.body.errorDetails).toBe('name is required');
    expect(answered.text).toBe((await request(app).get('/ui/featured?name=new')).text);
    expect(refused.text).toBe((await request(app).get('/ui/featured')).text);
  });

  it('when bodies are malformed, oversized, scalar or empty, then the lane answers like express.json() would', async () => {
    const malformed = await request(server)
      .post('/catalog/search')
      .set('Content-Type', 'application/json')
      .send('{"text": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({
      httpStatus: 400,
      status: 'failed',
      errorDetails: 'Request body is not valid JSON',
      code: 'MALFORMED_JSON',
    });
    const scalar = await request(server)
      .post('/catalog/search')
      .set('Content-Type', 'application/json')
      .send('"just a string"');
    expect(scalar.status).toBe(400);
    const huge = await request(server)
      .post('/catalog/search')
      .send({ text: 'x'.repeat(2048) });
    expect(huge.status).toBe(413);
    expect(huge.body.errorDetails).toBe('Request body is too large (limit 1024 bytes)');
    const empty = await request(server)
      .post('/catalog/search')
      .set('Content-Type', 'application/json')
      .send('');
    expect(empty.body.responseData).toEqual({ received: {} });
    const none = await request(server).post('/catalog/search');
    expect(none.body.responseData).toEqual({ received: null });
    expect(expressCalls.count()).toBe(0);
    const viaExpress = (body: string) =>
      request(app).post('/catalog/search').set('Content-Type', 'application/json').send(body);
    expect((await viaExpress('{"text": ')).text).toBe(malformed.text);
    expect((await viaExpress('"just a string"')).text).toBe(scalar.text);
    expect((await viaExpress(JSON.stringify({ text: 'x'.repeat(2048) }))).text).toBe(huge.text);
  });

  it('when the same input comes again, then its prepared form is reused, and a failure never is', async () => {
    const body = { text: `anel-${Date.now()}`, pagingOptions: { page: 1 } };
    prepareCalls = 0;
    const first = await request(server).post('/catalog/search').send(body).expect(200);
    // The same search written differently is another text: prepared once more.
    const again = await request(server).post('/catalog/search').send(body).expect(200);
    expect(again.text).toBe(first.text);
    expect(prepareCalls).toBe(1);
    await request(server)
      .post('/catalog/search')
      .send(JSON.stringify(body, null, 1))
      .type('json');
    expect(prepareCalls).toBe(2);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await request(server).post('/catalog/search').send({ refuse: true }).expect(400);
    }
    expect(prepareCalls).toBe(4);
    const tampered = await request(server)
      .post('/catalog/tamper')
      .send({ tags: ['a'] });
    expect(tampered.status).toBe(500);
    expect(expressCalls.count()).toBe(0);
  });

  it('when a body arrives after its headers or in chunks, then the lane waits for all of it', async () => {
    const { port } = server.address() as AddressInfo;
    const head = (framing: string) =>
      `POST /catalog/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${framing}\r\n`;
    const late = await rawExchange(port, [head('Content-Length: 13\r\n'), '{"text":', '"ok"}']);
    expect(late).toMatchObject({
      status: 200,
      body: { responseData: { received: { text: 'ok' } } },
    });
    const chunked = await rawExchange(port, [
      head('Transfer-Encoding: chunked\r\n'),
      '8\r\n{"text":\r\n',
      '5\r\n"ok"}\r\n0\r\n\r\n',
    ]);
    expect(chunked).toMatchObject({
      status: 200,
      body: { responseData: { received: { text: 'ok' } } },
    });
    const tooMuch = 'x'.repeat(700);
    const oversized = await rawExchange(port, [
      head('Transfer-Encoding: chunked\r\n'),
      `2bc\r\n{"a":"${tooMuch.slice(6)}\r\n`,
      `2bc\r\n${tooMuch.slice(2)}"}\r\n0\r\n\r\n`,
    ]);
    expect(oversized.status).toBe(413);
    expect(expressCalls.count()).toBe(0);
  });

  it('when a route fails, then known errors keep their message and unknown ones are hidden, logged and named by request id', async () => {
    const refused = await request(server).post('/catalog/search').send({ refuse: true });
    expect(refused.status).toBe(400);
    expect(refused.body.errorDetails).toBe('Page must be positive');

    const exploded = await request(server)
      .post('/catalog/search')
      .set('X-Request-Id', 'trace-me-42')
      .send({ explode: true });
    expect(exploded.status).toBe(500);
    expect(exploded.body.errorDetails).toBe('Internal Server Error (request id trace-me-42)');
    expect(exploded.text).not.toContain('secret');
    const logged = logs.find(
      (entry) => entry.level === 'error' && entry['requestId'] === 'trace-me-42',
    );
    expect(logged?.['error']).toBe('database exploded with secret details');
    const line = logs.find(
      (entry) => entry.message === 'request completed' && entry['requestId'] === 'trace-me-42',
    );
    expect(line).toMatchObject({ level: 'warn', status: 500, path: '/catalog/search' });
  });

  it('when a request id is sent, then a plain one is echoed and a hostile one replaced', async () => {
    const plain = await request(server)
      .get('/catalog/getProductDetails')
      .set('X-Request-Id', 'abc-123');
    expect(plain.headers['x-request-id']).toBe('abc-123');
    const hostile = await request(server)
      .get('/catalog/getProductDetails')
      .set('X-Request-Id', 'evil\tinjected line');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when an origin is not allowed, then no CORS grant is sent, only Vary', async () => {
    const res = await request(server)
      .get('/catalog/getProductDetails')
      .set('Origin', 'https://evil.example')
      .expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers['vary']).toBe('Origin');
  });

  it('when a GET answer is unchanged, then If-None-Match gets 304 and HEAD gets the headers only', async () => {
    const first = await request(server).get('/catalog/getProductDetails?productId=1').expect(200);
    const etag = first.headers['etag'];
    expect(etag).toMatch(/^W\//);
    const again = await request(server)
      .get('/catalog/getProductDetails?productId=1')
      .set('If-None-Match', String(etag));
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const head = await request(server).head('/catalog/getProductDetails?productId=1').expect(200);
    expect(head.headers['content-length']).toBe(first.headers['content-length']);
    expect(expressCalls.count()).toBe(0);
  });

  it('when a request is not exactly a declared one, then Express answers it, with the same handler where one matches', async () => {
    const upper = await request(server).get('/Catalog/getProductDetails?productId=2').expect(200);
    expect(upper.body.responseData).toEqual({ query: { productId: '2' } });
    const form = await request(server).post('/catalog/search').type('form').send({ text: 'anel' });
    // The lane reads JSON only and passes other bodies on; Express refuses them.
    expect(form.status).toBe(415);
    const wrongMethod = await request(server).get('/catalog/search');
    expect(wrongMethod.status).toBe(404);
    expect(expressCalls.count()).toBe(3);
  });
});

describe('fast lane and the rate limit', () => {
  const prefix = uniquePrefix();
  let redis: Redis;
  let app: Express;
  let running: RunningHttpServer;

  beforeAll(async () => {
    redis = connectRedis();
    const { logger } = memoryLogger();
    app = buildTestApp(redis, logger, prefix, {
      trustProxy: 'loopback',
      rateLimit: { limit: 3, keyPrefix: `${prefix}rl:` },
      jsonRoutes: routes,
      routes: () => undefined,
    });
    running = await startHttpServer(app, {
      port: 0,
      host: '127.0.0.1',
      logger,
      installProcessHandlers: false,
    });
  });

  afterAll(async () => {
    await running.shutdown('test over');
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  it('when a client spends its budget across both entrances, then the one shared counter refuses request N+1 on the lane', async () => {
    const from = (ip: string) => ({ 'X-Forwarded-For': ip });
    await request(running.server)
      .get('/catalog/getProductDetails')
      .set(from('203.0.113.9'))
      .expect(200);
    await request(app).get('/catalog/getProductDetails').set(from('203.0.113.9')).expect(200);
    const third = await request(running.server)
      .get('/catalog/getProductDetails')
      .set(from('203.0.113.9'))
      .expect(200);
    expect(third.headers['ratelimit']).toMatch(/^limit=3, remaining=0, reset=\d+$/);
    const refused = await request(running.server)
      .get('/catalog/getProductDetails')
      .set(from('203.0.113.9'));
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      httpStatus: 429,
      status: 'failed',
      errorDetails: 'Too many requests, please try again later.',
      code: 'TOO_MANY_REQUESTS',
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another client behind the same trusted proxy has its own budget.
    await request(running.server)
      .get('/catalog/getProductDetails')
      .set(from('203.0.113.10'))
      .expect(200);
  });
});
