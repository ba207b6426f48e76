import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestWithHost } from './host-request.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

// A stand-in edge on port 0 that reports what it received; `/slow` never answers.
let server: Server;
let port: number;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/slow') return;
      res.setHeader('x-seen', String(seen.length));
      res.statusCode = 201;
      res.end('grüß');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('requestWithHost', () => {
  it('when a DELETE carries a body, then the server receives it under the given host, and the reply comes back whole', async () => {
    const reply = await requestWithHost(port, 'shopping.example.localhost:8080', '/cart?x=1', {
      method: 'DELETE',
      body: 'ä=1',
      headers: { host: 'ignored.example', accept: 'text/html' },
    });
    expect(seen.at(-1)).toMatchObject({
      method: 'DELETE',
      url: '/cart?x=1',
      body: 'ä=1',
      headers: { host: 'shopping.example.localhost:8080', accept: 'text/html' },
    });
    expect(reply.status).toBe(201);
    expect(reply.headers['x-seen']).toBe(String(seen.length));
    expect(reply.text).toBe('grüß');
  });

  it('when no answer comes in time, then it rejects naming the path', async () => {
    await expect(requestWithHost(port, 'localhost', '/slow', { timeoutMs: 200 })).rejects.toThrow(
      'no answer to /slow within 0.2 s',
    );
  });
});
