import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSpaServer, type RunningSpaServer } from '../src/static/spa-server.js';
import { send } from './http-client.js';

const APP_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};

describe('static SPA server', () => {
  let root: string;
  let server: RunningSpaServer;
  const get = (path: string, method = 'GET') => send(server.port, 'localhost', path, { method });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'spa-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><div id="app"></div>');
    await writeFile(join(root, 'assets', 'index-BwK3xq9Z.js'), 'console.log(1)');
    await writeFile(join(root, 'favicon.ico'), 'icon');
    server = await startSpaServer({ root, port: 0, headers: APP_HEADERS });
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('when / is asked, then index.html comes back and must be revalidated', async () => {
    const reply = await get('/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.body).toContain('id="app"');
  });

  it('when a client-side route is reloaded, then index.html is served for it', async () => {
    const reply = await get('/products/ring-7?size=12');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('id="app"');
    expect(reply.headers['cache-control']).toBe('no-cache');
  });

  it('when a fingerprinted asset is asked, then it may be cached for a year', async () => {
    const reply = await get('/assets/index-BwK3xq9Z.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.body).toBe('console.log(1)');
  });

  it('when a file with a fixed name is asked, then it is revalidated', async () => {
    const reply = await get('/favicon.ico', 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers['content-length']).toBe('4');
    expect(reply.body).toBe('');
  });

  it('when a missing file with an extension is asked, then it is 404, not index.html', async () => {
    expect((await get('/assets/gone-12345678.js')).status).toBe(404);
  });

  it('when a path tries to climb out of the folder, then nothing outside is served', async () => {
    for (const path of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fpasswd',
    ]) {
      const reply = await get(path);
      expect(reply.body).not.toContain('root:');
      expect([200, 400, 404]).toContain(reply.status);
    }
  });

  it("when anything is answered, then the app's security headers come with it", async () => {
    for (const path of ['/', '/products/ring-7', '/assets/index-BwK3xq9Z.js', '/gone.js', '/%']) {
      const reply = await get(path);
      expect(reply.headers['content-security-policy'], path).toBe(
        APP_HEADERS['Content-Security-Policy'],
      );
      expect(reply.headers['x-frame-options'], path).toBe('DENY');
    }
  });

  it('when its probes are asked, then it answers them', async () => {
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/readyz')).status).toBe(200);
  });
});
