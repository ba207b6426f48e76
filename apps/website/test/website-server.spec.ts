import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildRealSite, type BuiltSite } from './support/built-site.js';
import { request } from './support/http-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

describe('website server', () => {
  let site: BuiltSite;
  let server: TestServer;
  let stylesheetPath: string;

  beforeAll(async () => {
    site = await buildRealSite();
    server = await startTestServer(site.publicDir);
    const stylesheet = site.files.find((file) => file.source === 'assets/base.css');
    if (!stylesheet) throw new Error('the site has no assets/base.css');
    stylesheetPath = `/${stylesheet.output}`;
  });

  afterAll(async () => {
    await server.shutdown();
    await site.remove();
  });

  it('when / is requested, then it answers with the page, revalidated on every visit', async () => {
    const response = await request(server.url, '/');
    const onDisk = await readFile(path.join(site.publicDir, 'index.html'));

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['etag']).toMatch(/^"[\w-]+"$/);
    expect(response.headers['content-length']).toBe(String(onDisk.length));
    expect(response.body.equals(onDisk)).toBe(true);
  });

  it('when / is requested, then the security headers are set', async () => {
    const { headers } = await request(server.url, '/');

    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('when a hashed asset is requested, then it may be cached for a year, immutable', async () => {
    const response = await request(server.url, stylesheetPath);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    'when the client accepts only %s, then the body is that encoding of the same bytes',
    async (coding, decompress) => {
      for (const urlPath of ['/', stylesheetPath]) {
        const plain = await request(server.url, urlPath);
        const encoded = await request(server.url, urlPath, {
          headers: { 'Accept-Encoding': coding },
        });

        expect(encoded.headers['content-encoding']).toBe(coding);
        expect(encoded.headers['vary']).toBe('Accept-Encoding');
        expect(encoded.headers['content-length']).toBe(String(encoded.body.length));
        expect(encoded.headers['etag']).not.toBe(plain.headers['etag']);
        expect(decompress(encoded.body).equals(plain.body)).toBe(true);
      }
    },
  );

  it('when the client accepts both, then brotli wins unless gzip is weighted higher', async () => {
    const both = await request(server.url, '/', { headers: { 'Accept-Encoding': 'gzip, br' } });
    const gzipFirst = await request(server.url, '/', {
      headers: { 'Accept-Encoding': 'gzip;q=1, br;q=0.5' },
    });
    const none = await request(server.url, '/');

    expect(both.headers['content-encoding']).toBe('br');
    expect(gzipFirst.headers['content-encoding']).toBe('gzip');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.headers['vary']).toBe('Accept-Encoding');
  });

  it('when If-None-Match carries the current ETag, then it answers 304 with no body', async () => {
    const first = await request(server.url, '/', { headers: { 'Accept-Encoding': 'br' } });
    const etag = first.headers['etag'] ?? '';
    const again = await request(server.url, '/', {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': `"stale", ${etag}` },
    });
    const otherEncoding = await request(server.url, '/', {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag },
    });

    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['etag']).toBe(etag);
    expect(again.headers['cache-control']).toBe('no-cache');
    expect(otherEncoding.status).toBe(200);
  });

  it('when HEAD is used, then the headers match GET and no body follows', async () => {
    const get = await request(server.url, stylesheetPath);
    const head = await request(server.url, stylesheetPath, { method: 'HEAD' });

    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers['etag']).toBe(get.headers['etag']);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])(
    'when %s is used, then it answers 405 and names the allowed methods',
    async (method) => {
      const response = await request(server.url, '/', { method });

      expect(response.status).toBe(405);
      expect(response.headers['allow']).toBe('GET, HEAD');
    },
  );

  it.each(['/index.html', '/shopping/', '/assets/base.css', '/assets/', '/favicon.ico'])(
    'when %s is requested, then it answers with the small 404 page',
    async (urlPath) => {
      const response = await request(server.url, urlPath);

      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-security-policy']).toMatch(/style-src 'sha256-[^']+'/);
      expect(response.body.toString('utf8')).toContain('Página não encontrada');
    },
  );

  it('when /healthz is requested, then it answers 200 with JSON that is never cached', async () => {
    const response = await request(server.url, '/healthz');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(response.body.toString('utf8'))).toEqual({ status: 'ok' });
  });

  it('when a query string is added to /, then the page is still served', async () => {
    expect((await request(server.url, '/?utm_source=test')).status).toBe(200);
  });

  it('when requests are served, then each is logged at http level', async () => {
    await request(server.url, '/healthz');

    expect(server.logLines()).toContainEqual(
      expect.objectContaining({ message: 'request', path: '/healthz', status: 200 }),
    );
  });
});
