import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CookieJar } from './cookie-jar.js';
import { edgeRequest } from './edge-request.js';

interface Seen {
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

// A stand-in edge on port 0 that reports what it received and sets a session cookie.
let server: Server;
let port: number;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', headers: req.headers, body });
      res.setHeader('set-cookie', 'shop.sid=s1; Path=/; HttpOnly');
      res.end(JSON.stringify({ httpStatus: 200, status: 'successful', responseData: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('edgeRequest', () => {
  it('when a DELETE carries a JSON body, then the server receives it, with the host, origin and cookie', async () => {
    const cookies = new CookieJar();
    const call = {
      edgePort: port,
      host: 'shopping.example.localhost:8080',
      origin: 'http://example.localhost:8080',
      cookies,
      timeoutMs: 5_000,
    };
    const first = await edgeRequest({ ...call, method: 'POST', path: '/login', body: { a: 1 } });
    expect(first.status).toBe(200);
    await edgeRequest({
      ...call,
      method: 'DELETE',
      path: '/shopping/deleteFromCart',
      body: { cartItemIds: ['x'] },
    });

    const [login, remove] = seen;
    expect(login?.body).toBe('{"a":1}');
    expect(remove).toMatchObject({ method: 'DELETE', body: '{"cartItemIds":["x"]}' });
    expect(remove?.headers).toMatchObject({
      host: 'shopping.example.localhost:8080',
      origin: 'http://example.localhost:8080',
      'content-type': 'application/json',
      cookie: 'shop.sid=s1',
    });
  });

  it('when no answer comes, then the error says so and whether a kept-alive connection was reused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const failure = edgeRequest({
      edgePort: freePort,
      host: 'shopping.example.localhost',
      origin: 'http://example.localhost',
      method: 'GET',
      path: '/healthz',
      cookies: new CookieJar(),
      timeoutMs: 5_000,
    });
    await expect(failure).rejects.toMatchObject({ code: 'ECONNREFUSED', reusedSocket: false });
  });
});
