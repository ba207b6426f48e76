import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useRecordingServer } from '../test/recording-server.js';
import { CookieJar } from './cookie-jar.js';
import { edgeRequest } from './edge-request.js';

// A stand-in edge that sets a session cookie.
const edge = useRecordingServer((_seen, res) => {
  res.setHeader('set-cookie', 'shop.sid=s1; Path=/; HttpOnly');
  res.end(JSON.stringify({ httpStatus: 200, status: 'successful', responseData: true }));
});
const { seen } = edge;
let port: number;
beforeAll(() => {
  port = edge.port;
});

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
