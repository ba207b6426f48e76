import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import type {} from 'express-session';
import request from 'supertest';
import { refuseForeignOrigins, sendSuccess } from '../src/index.js';
import { memoryLogger } from './support/memory-logger.js';
import { rawExchange } from './support/raw-http.js';
import { ALLOWED_ORIGIN, buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, uniquePrefix } from './support/test-redis.js';

declare module 'express-session' {
  interface SessionData {
    userId: string;
  }
}

const EVIL = 'https://evil.example';

describe('request guards on the Express entrance', () => {
  const prefix = uniquePrefix();
  let redis: Redis;
  let app: Express;
  let cookie: string;
  let changes: number;

  beforeAll(async () => {
    redis = connectRedis();
    app = buildTestApp(redis, memoryLogger().logger, prefix, {
      otherBodyPathPrefixes: ['/upload/'],
      routes: (app) => {
        app.post('/login', (req, res) => {
          req.session.userId = 'user-1';
          sendSuccess(res, true);
        });
        app.post('/address', (req, res) => {
          changes += 1;
          sendSuccess(res, req.body);
        });
        app.delete('/address', (_req, res) => {
          changes += 1;
          sendSuccess(res, []);
        });
        app.get('/token/:token', (req, res) => sendSuccess(res, req.params['token']));
        app.get('/search', (req, res) => sendSuccess(res, req.query));
        app.get('/logout', refuseForeignOrigins([ALLOWED_ORIGIN]), (_req, res) => {
          changes += 1;
          sendSuccess(res, 'logged out');
        });
        app.put('/upload/*key', (req, res) => {
          let size = 0;
          req.on('data', (chunk: Buffer) => (size += chunk.length));
          req.on('end', () => sendSuccess(res, { size, type: req.headers['content-type'] }));
        });
      },
    });
    const login = await request(app).post('/login');
    cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  });

  beforeEach(() => {
    changes = 0;
  });

  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  describe('state changes only from allowed origins', () => {
    it('when a logged-in request comes from another origin, then JSON and form posts alike are refused with 403 and nothing changes', async () => {
      const json = await request(app)
        .post('/address')
        .set('Cookie', cookie)
        .set('Origin', EVIL)
        .send({ city: 'Lisboa' });
      expect(json.status).toBe(403);
      expect(json.body).toEqual({
        httpStatus: 403,
        status: 'failed',
        errorDetails: expect.stringMatching(/^Cross-site request refused/),
        code: 'FOREIGN_ORIGIN',
      });
      const form = await request(app)
        .post('/address')
        .set('Cookie', cookie)
        .set('Origin', EVIL)
        .type('form')
        .send('city=Lisboa');
      expect(form.status).toBe(403);
      const deletion = await request(app)
        .delete('/address')
        .set('Cookie', cookie)
        .set('Origin', 'null');
      expect(deletion.status).toBe(403);
      expect(changes).toBe(0);
    });

    it('when there is no Origin, then the Referer decides, and an unreadable one is foreign', async () => {
      const foreign = await request(app)
        .post('/address')
        .set('Cookie', cookie)
        .set('Referer', `${EVIL}/shop.html`)
        .send({ city: 'Porto' });
      expect(foreign.status).toBe(403);
      const garbled = await request(app)
        .post('/address')
        .set('Cookie', cookie)
        .set('Referer', 'not a url')
        .send({ city: 'Porto' });
      expect(garbled.status).toBe(403);
      const own = await request(app)
        .post('/address')
        .set('Cookie', cookie)
        .set('Referer', `${ALLOWED_ORIGIN}/shopping/checkout`)
        .send({ city: 'Porto' });
      expect(own.status).toBe(200);
      expect(changes).toBe(1);
    });

    it('when the request comes from an allowed origin or names none (curl, a server), then it goes through', async () => {
      const own = await request(app)
        .post('/address')
        .set('Cookie', cookie)
        .set('Origin', ALLOWED_ORIGIN)
        .set('Referer', `${EVIL}/ignored-when-origin-is-sent`)
        .send({ city: 'Faro' });
      expect(own.status).toBe(200);
      const bare = await request(app).post('/address').set('Cookie', cookie).send({ city: 'Faro' });
      expect(bare.status).toBe(200);
      expect(changes).toBe(2);
    });

    it('when another site posts without a cookie (a login of its own choosing), then it is refused too', async () => {
      const res = await request(app).post('/login').set('Origin', EVIL);
      expect(res.status).toBe(403);
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('when another origin reads, then it is not refused (CORS keeps the answer from its page)', async () => {
      const res = await request(app)
        .get('/search?q=anel')
        .set('Cookie', cookie)
        .set('Origin', EVIL);
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('when a GET that changes state is called from another page, then it is refused, and from the shop or curl it works', async () => {
      const viaImage = await request(app)
        .get('/logout')
        .set('Cookie', cookie)
        .set('Referer', `${EVIL}/cat.html`);
      expect(viaImage.status).toBe(403);
      const viaFetch = await request(app).get('/logout').set('Cookie', cookie).set('Origin', EVIL);
      expect(viaFetch.status).toBe(403);
      expect(changes).toBe(0);
      await request(app)
        .get('/logout')
        .set('Cookie', cookie)
        .set('Origin', ALLOWED_ORIGIN)
        .expect(200);
      await request(app).get('/logout').set('Cookie', cookie).expect(200);
      expect(changes).toBe(2);
    });
  });

  describe('JSON bodies only', () => {
    it.each([
      ['application/x-www-form-urlencoded', 'city=Lisboa'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="city"\r\n\r\nLisboa\r\n--x--\r\n',
      ],
      ['text/plain', '{"city":"Lisboa"}'],
      ['text/plain;charset=UTF-8', ''],
      ['application/xml', '<city>Lisboa</city>'],
    ])(
      'when a state change sends %s, then 415 answers and the route never runs',
      async (type, body) => {
        const res = await request(app)
          .post('/address')
          .set('Cookie', cookie)
          .set('Content-Type', type)
          .send(body);
        expect(res.status).toBe(415);
        expect(res.body).toEqual({
          httpStatus: 415,
          status: 'failed',
          errorDetails:
            'Unsupported Media Type: this route takes a JSON body (Content-Type: application/json)',
          code: 'JSON_ONLY',
        });
        expect(changes).toBe(0);
      },
    );

    it('when a body comes without any type, then it is refused; no body and no type is fine', async () => {
      const server = createServer(app).listen(0, '127.0.0.1');
      await once(server, 'listening');
      const { port } = server.address() as AddressInfo;
      const untyped = await rawExchange(port, [
        'POST /address HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\ncity=Lisboa',
      ]);
      server.close();
      expect(untyped.status).toBe(415);
      await request(app).delete('/address').set('Cookie', cookie).expect(200);
      expect(changes).toBe(1);
    });

    it('when JSON comes with a charset or in capitals, then it is read', async () => {
      const res = await request(app)
        .post('/address')
        .set('Cookie', cookie)
        .set('Content-Type', 'Application/JSON; charset=utf-8')
        .send('{"city":"Braga"}');
      expect(res.status).toBe(200);
      expect(res.body.responseData).toEqual({ city: 'Braga' });
    });

    it('when a route declared for other bodies is called, then its own type is let through', async () => {
      const res = await request(app)
        .put('/upload/rings/a.png')
        .set('Content-Type', 'image/png')
        .send(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      expect(res.status).toBe(200);
      expect(res.body.responseData).toEqual({ size: 4, type: 'image/png' });
    });
  });

  describe('malformed input is a 400', () => {
    it.each([
      ['a lone %', '/token/%'],
      ['a truncated escape', '/token/abc%2'],
      ['a surrogate and a stray byte', '/token/%ED%A0%80%FF'],
      ['a NUL in a path parameter', '/token/abc%00def'],
      ['bad encoding in the query', '/search?q=%E0%A4%A'],
      ['a NUL in the query', '/search?q=anel%00'],
      ['bad encoding on an unknown route', '/no/such/%zz'],
    ])('when the URL has %s, then 400 says the URL is malformed', async (_case, url) => {
      const res = await request(app).get(url);
      expect(res.status).toBe(400);
      expect(res.body.status).toBe('failed');
      expect(res.body.errorDetails).toMatch(/^Malformed URL: /);
    });

    it('when a body carries a NUL in a value, a nested value or a key, then 400 names it', async () => {
      for (const body of [
        { city: 'Lis\u0000boa' },
        { lines: [{ notes: ['ok', 'bad\u0000'] }] },
        { ['ci\u0000ty']: 'Lisboa' },
      ]) {
        const res = await request(app).post('/address').set('Cookie', cookie).send(body);
        expect(res.status).toBe(400);
        expect(res.body.errorDetails).toBe(
          'Invalid request: a text in the body contains a NUL character',
        );
      }
      expect(changes).toBe(0);
    });

    it('when the text merely spells \\u0000 or uses other escapes, then it is accepted', async () => {
      const res = await request(app)
        .post('/address')
        .set('Content-Type', 'application/json')
        .send('{"city":"\\\\u0000 \\u00e9"}');
      expect(res.status).toBe(200);
      expect(res.body.responseData).toEqual({ city: '\\u0000 é' });
    });

    it('when a URL is well encoded, then it is decoded as before', async () => {
      const res = await request(app).get('/token/an%C3%A9is%20de%20ouro').expect(200);
      expect(res.body.responseData).toBe('anéis de ouro');
    });
  });
});
