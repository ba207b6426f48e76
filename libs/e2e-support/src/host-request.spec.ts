import { useRecordingServer } from '../test/recording-server.js';
import { requestWithHost } from './host-request.js';

// `/slow` never answers.
const edge = useRecordingServer(({ url }, res) => {
  if (url === '/slow') return;
  res.setHeader('x-seen', String(edge.seen.length));
  res.statusCode = 201;
  res.end('grüß');
});
const { seen } = edge;
let port: number;
beforeAll(() => {
  port = edge.port;
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
