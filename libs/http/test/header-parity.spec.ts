import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { sendSuccessJson, startHttpServer, type RunningHttpServer } from '../src/index.js';
import type { JsonRoute } from '../src/json-routes.js';
import { countExpressCalls, type ExpressCalls } from './support/express-calls.js';
import { memoryLogger } from './support/memory-logger.js';
import { ALLOWED_ORIGIN, buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, uniquePrefix } from './support/test-redis.js';

const LIMIT = 6;
const EVIL = 'https://evil.example';

/** What helmet's defaults put on every answer: both entrances must send exactly these. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';" +
    "frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';" +
    "script-src-attr 'none';style-src 'self' https: 'unsafe-inline';upgrade-insecure-requests",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

// One handler, declared twice: once for the fast lane, once as a plain Express route.
const prepareSearch = ({ body }: { body: unknown }) => ({ received: body ?? null });
const answerSearch = (prepared: unknown) => JSON.stringify(prepared);
const prepareItem = ({ query }: { query: Record<string, unknown> }) => ({ id: query['id'] });

const laneRoutes: JsonRoute[] = [
  { method: 'POST', path: '/lane/search', prepare: prepareSearch, handle: answerSearch },
  { method: 'GET', path: '/lane/item', prepare: prepareItem, handle: answerSearch },
];

let nextClient = 0;
/** A client address of its own, so each test spends its own rate-limit budget. */
function freshClient(): string {
  nextClient += 1;
  return `198.51.100.${nextClient}`;
}

describe('the fast lane and Express answer with the same headers, CORS and limits', () => {
  const prefix = uniquePrefix();
  let redis: Redis;
  let app: Express;
  let running: RunningHttpServer;
  let server: Server;
  let expressCalls: ExpressCalls;

  beforeAll(async () => {
    redis = connectRedis();
    const { logger } = memoryLogger();
    app = buildTestApp(redis, logger, prefix, {
      trustProxy: 'loopback',
      bodyLimit: '1kb',
      rateLimit: { limit: LIMIT, keyPrefix: `${prefix}rl:` },
      jsonRoutes: laneRoutes,
      publicRoutes: (routes) => {
        routes.post('/express/search', (req, res) => {
          sendSuccessJson(res, answerSearch(prepareSearch({ body: req.body as unknown })));
        });
        routes.get('/express/item', (req, res) => {
          sendSuccessJson(res, answerSearch(prepareItem({ query: req.query })));
        });
      },
      routes: () => undefined,
    });
    // To prove the lane's cases were answered on the lane.
    expressCalls = countExpressCalls(app);
    running = await startHttpServer(app, {
      port: 0,
      host: '127.0.0.1',
      logger,
      installProcessHandlers: false,
    });
    server = running.server;
  });

  afterAll(async () => {
    await running.shutdown('test over');
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  function expectSecurityHeaders(res: request.Response): void {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(res.headers[name], name).toBe(value);
    }
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['vary']).toBe('Origin');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  }

  describe.each([
    ['the fast lane', '/lane', true],
    ['Express', '/express', false],
  ])('%s', (_entrance, base, onLane) => {
    const search = () => request(server).post(`${base}/search`).set('X-Forwarded-For', client);
    const item = (query: string) =>
      request(server).get(`${base}/item${query}`).set('X-Forwarded-For', client);
    let client: string;

    beforeEach(() => {
      client = freshClient();
      expressCalls.reset();
    });

    // Requests the lane must answer itself (preflights and other body types go to Express).
    function expectAnsweredOnTheLane(): void {
      if (onLane) expect(expressCalls.count()).toBe(0);
      else expect(expressCalls.count()).toBeGreaterThan(0);
    }

    it('when a page of an allowed origin calls, then it gets the security headers, the CORS grant and the rate-limit headers', async () => {
      const res = await search().set('Origin', ALLOWED_ORIGIN).send({ q: 'anel' });
      expect(res.status).toBe(200);
      expect(res.body.responseData).toEqual({ received: { q: 'anel' } });
      expectSecurityHeaders(res);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(res.headers['access-control-allow-credentials']).toBe('true');
      expect(res.headers['access-control-expose-headers']).toBe('X-Request-Id,Retry-After');
      expect(res.headers['ratelimit-policy']).toBe(`${LIMIT};w=60`);
      expect(res.headers['ratelimit']).toMatch(
        new RegExp(`^limit=${LIMIT}, remaining=\\d+, reset=\\d+$`),
      );
      expectAnsweredOnTheLane();
    });

    it('when another origin reads, then the answer carries no CORS header at all', async () => {
      const res = await item('?id=7').set('Origin', EVIL);
      expect(res.status).toBe(200);
      expectSecurityHeaders(res);
      expect(Object.keys(res.headers).filter((name) => name.startsWith('access-control-'))).toEqual(
        [],
      );
      expectAnsweredOnTheLane();
    });

    it('when a preflight comes, then an allowed origin is granted and another gets nothing', async () => {
      const allowed = await request(server)
        .options(`${base}/search`)
        .set('Origin', ALLOWED_ORIGIN)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'Content-Type');
      expect(allowed.status).toBe(204);
      expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(allowed.headers['access-control-allow-methods']).toBe('GET,POST,PUT,DELETE,OPTIONS');
      expect(allowed.headers['access-control-allow-headers']).toBe(
        'Content-Type,Authorization,X-Request-Id,Access-Control-Allow-Origin',
      );
      const denied = await request(server)
        .options(`${base}/search`)
        .set('Origin', EVIL)
        .set('Access-Control-Request-Method', 'POST');
      expect(
        Object.keys(denied.headers).filter((name) => name.startsWith('access-control-')),
      ).toEqual([]);
    });

    it('when the body is over the limit, then 413 answers in the envelope', async () => {
      const res = await search().send({ q: 'x'.repeat(2048) });
      expect(res.status).toBe(413);
      expect(res.body).toEqual({
        httpStatus: 413,
        status: 'failed',
        errorDetails: 'Request body is too large (limit 1024 bytes)',
        code: 'PAYLOAD_TOO_LARGE',
      });
      expectSecurityHeaders(res);
      expectAnsweredOnTheLane();
    });

    it('when a client spends its budget, then request N+1 is refused with 429 and Retry-After', async () => {
      for (let spent = 0; spent < LIMIT; spent += 1) await item('?id=1').expect(200);
      const refused = await item('?id=1');
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({
        httpStatus: 429,
        status: 'failed',
        errorDetails: 'Too many requests, please try again later.',
        code: 'TOO_MANY_REQUESTS',
      });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.headers['ratelimit']).toMatch(/^limit=6, remaining=0, reset=\d+$/);
      expectSecurityHeaders(refused);
      expectAnsweredOnTheLane();
    });

    it('when a request with a session cookie comes from another origin, then 403 refuses it', async () => {
      const res = await search()
        .set('Cookie', 'aneis.sid=s%3Aabc.def')
        .set('Origin', EVIL)
        .send({ q: 'anel' });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({
        httpStatus: 403,
        status: 'failed',
        errorDetails:
          'Cross-site request refused: this request came from a page outside the shop ' +
          '(its Origin or Referer is not one of the allowed origins)',
        code: 'FOREIGN_ORIGIN',
      });
      expectSecurityHeaders(res);
      const byReferer = await search()
        .set('Cookie', 'aneis.sid=s%3Aabc.def')
        .set('Referer', `${EVIL}/page`)
        .send({ q: 'anel' });
      expect(byReferer.status).toBe(403);
      expectAnsweredOnTheLane();
    });

    it('when a form, multipart or text body comes, then 415 refuses it', async () => {
      for (const type of [
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=b',
        'text/plain',
      ]) {
        const res = await search().set('Content-Type', type).send('q=anel');
        expect(res.status, type).toBe(415);
        expect(res.body.code).toBe('JSON_ONLY');
        expectSecurityHeaders(res);
      }
    });

    it('when the URL is malformed or a text carries a NUL, then 400 says which', async () => {
      for (const query of ['?id=%', '?id=%ED%A0%80%FF', '?id=7%00']) {
        const res = await item(query);
        expect(res.status, query).toBe(400);
        expect(res.body.errorDetails).toMatch(/^Malformed URL: /);
        expectSecurityHeaders(res);
      }
      const nul = await search().send({ q: 'an\u0000el' });
      expect(nul.status).toBe(400);
      expect(nul.body).toEqual({
        httpStatus: 400,
        status: 'failed',
        errorDetails: 'Invalid request: a text in the body contains a NUL character',
        code: 'NUL_CHARACTER',
      });
      expectAnsweredOnTheLane();
    });
  });

  it('when the same request goes to either entrance, then status, body and header names match', async () => {
    const cases: [string, (path: string) => request.Test][] = [
      ['ok', (path) => request(server).post(path).set('Origin', ALLOWED_ORIGIN).send({ q: 1 })],
      ['foreign', (path) => request(server).post(path).set('Origin', EVIL).send({ q: 1 })],
      ['form', (path) => request(server).post(path).type('form').send('q=1')],
      [
        'large',
        (path) =>
          request(server)
            .post(path)
            .send({ q: 'x'.repeat(2048) }),
      ],
      ['nul', (path) => request(server).post(path).send({ q: '\u0000' })],
      ['url', (path) => request(server).post(`${path}?q=%zz`).send({ q: 1 })],
    ];
    const comparable = (res: request.Response) =>
      Object.keys(res.headers)
        .filter((name) => !['date', 'x-request-id', 'ratelimit'].includes(name))
        .sort();
    for (const [name, send] of cases) {
      const viaLane = await send('/lane/search').set('X-Forwarded-For', freshClient());
      const viaExpress = await send('/express/search').set('X-Forwarded-For', freshClient());
      expect(viaLane.status, name).toBe(viaExpress.status);
      expect(viaLane.text, name).toBe(viaExpress.text);
      expect(comparable(viaLane), name).toEqual(comparable(viaExpress));
    }
  });
});
