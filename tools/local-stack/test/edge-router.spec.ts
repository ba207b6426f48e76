import { BASE, startEdgeFixture, type EdgeFixture } from './edge-fixture.js';
import type { Echo } from './dummy-upstream.js';
import { send } from './http-client.js';

const SHOP = `shopping.${BASE}`;
const ADMIN = `management.${BASE}`;

describe('edge router', () => {
  let fixture: EdgeFixture;
  const get = (host: string, path: string) => send(fixture.edge.port, host, path);
  const echoOf = async (host: string, path: string): Promise<Echo> => {
    const reply = await get(host, path);
    expect(reply.status).toBe(200);
    return JSON.parse(reply.body) as Echo;
  };

  beforeEach(async () => {
    fixture = await startEdgeFixture({ upstreamTimeoutMs: 500 });
  });
  afterEach(async () => {
    await fixture.close();
  });

  it('when / is asked on the base host, then the website answers, and only for / exactly', async () => {
    expect((await echoOf(`${BASE}:8080`, '/')).instance).toBe('website');
    expect((await get(BASE, '/about')).status).toBe(404);
  });

  it('when a webclient path is asked, then its prefix is stripped and named in X-Forwarded-Prefix', async () => {
    const deep = await echoOf(BASE, '/shopping/account/orders?page=2');
    expect(deep).toMatchObject({ instance: 'shopping-webclient', url: '/account/orders?page=2' });
    expect(deep.headers['x-forwarded-prefix']).toBe('/shopping');
    expect((await echoOf(BASE, '/management')).url).toBe('/');
    expect((await echoOf(BASE, '/management/')).url).toBe('/');
    expect((await get(BASE, '/shoppingcart')).status).toBe(404);
  });

  it('when a server host is asked, then the whole path goes to that server unchanged', async () => {
    expect(await echoOf(ADMIN, '/api/admins?page=2')).toMatchObject({
      instance: 'management-server',
      url: '/api/admins?page=2',
    });
    expect((await echoOf(SHOP.toUpperCase(), '/')).instance).toMatch(/^shopping-server#/);
  });

  it('when the host is unknown, then it answers 404 in the failure envelope', async () => {
    const reply = await get('elsewhere.localhost', '/');
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({
      httpStatus: 404,
      status: 'failed',
      code: 'NO_ROUTE',
    });
  });

  it('when a client sends its own X-Forwarded-For, then the edge replaces it with the real address like Traefik', async () => {
    const reply = await send(fixture.edge.port, `${SHOP}:8080`, '/whoami', {
      headers: {
        'x-forwarded-for': '203.0.113.7',
        connection: 'keep-alive, x-secret',
        'x-secret': 'hop',
      },
    });
    const { headers } = JSON.parse(reply.body) as Echo;
    expect(headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(headers['x-real-ip']).toBe('127.0.0.1');
    expect(headers['x-forwarded-proto']).toBe('http');
    expect(headers['x-forwarded-host']).toBe(`${SHOP}:8080`);
    expect(headers['x-forwarded-port']).toBe(String(fixture.edge.port));
    expect(headers['host']).toBe(`${SHOP}:8080`);
    expect(headers['x-secret']).toBeUndefined();
  });

  it('when a large body is posted, then it is streamed to the upstream whole', async () => {
    const body = Buffer.alloc(3 * 1024 * 1024, 'a');
    const reply = await send(fixture.edge.port, ADMIN, '/upload', { method: 'POST', body });
    expect(JSON.parse(reply.body)).toMatchObject({ method: 'POST', bodyLength: body.length });
  });

  it('when a server has two instances, then requests alternate between them', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 4; i += 1) seen.push((await echoOf(SHOP, '/')).instance);
    expect(new Set(seen)).toEqual(new Set(['shopping-server#1', 'shopping-server#2']));
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen[2]).toBe(seen[0]);
  });

  it('when one instance is killed, then every request still succeeds on the other', async () => {
    await fixture.upstreams.get('shopping-server#1')?.kill();
    for (let i = 0; i < 10; i += 1) {
      expect((await echoOf(SHOP, `/try/${i}`)).instance).toBe('shopping-server#2');
    }
    expect(fixture.changes).toContain('shopping-server#1 down');
  });

  it('when a connection breaks before any answer, then a GET is resent elsewhere but a POST is not', async () => {
    for (let i = 0; i < 4; i += 1) {
      expect((await echoOf(SHOP, '/reset')).instance).toBe('shopping-server#2');
    }
    const posts = await Promise.all(
      [1, 2].map(() => send(fixture.edge.port, SHOP, '/reset', { method: 'POST', body: 'x' })),
    );
    expect(posts.map((p) => p.status).sort()).toEqual([200, 502]);
  });

  it('when the only instance breaks a connection before any answer, then a GET is resent to it', async () => {
    expect((await echoOf(ADMIN, '/reset-once')).instance).toBe('management-server');
  });

  it('when an instance fails its readiness probe, then it leaves rotation and returns when ready again', async () => {
    const first = fixture.upstreams.get('shopping-server#1');
    if (!first) throw new Error('fixture lacks shopping-server#1');
    first.healthStatus = 503;
    await vi.waitFor(() => expect(fixture.changes).toContain('shopping-server#1 down'));
    for (let i = 0; i < 4; i += 1)
      expect((await echoOf(SHOP, '/')).instance).toBe('shopping-server#2');
    first.healthStatus = 200;
    await vi.waitFor(() => expect(fixture.changes).toContain('shopping-server#1 up'));
  });

  it('when no instance is up, then it answers 502 at once', async () => {
    await fixture.upstreams.get('management-server')?.kill();
    const reply = await get(ADMIN, '/api/anything');
    expect(reply.status).toBe(502);
    expect(JSON.parse(reply.body)).toMatchObject({ httpStatus: 502, status: 'failed' });
    const again = await get(ADMIN, '/api/anything');
    expect(JSON.parse(again.body)).toMatchObject({ code: 'NO_UPSTREAM' });
  });

  it('when an upstream never answers, then the client gets 504 instead of waiting for ever', async () => {
    const reply = await get(ADMIN, '/slow');
    expect(reply.status).toBe(504);
    expect(JSON.parse(reply.body)).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
  });
});
