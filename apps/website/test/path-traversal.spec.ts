import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildRealSite, type BuiltSite } from './support/built-site.js';
import { rawGet } from './support/http-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const SECRET = 'not-for-visitors-7f3c';

describe('website server, path traversal', () => {
  let site: BuiltSite;
  let server: TestServer;

  beforeAll(async () => {
    site = await buildRealSite();
    // A file right next to the served folder: exactly what a traversal would try to reach.
    await writeFile(path.join(site.workDir, 'secret.txt'), SECRET);
    server = await startTestServer(site.publicDir);
  });

  afterAll(async () => {
    await server.shutdown();
    await site.remove();
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%252e%252e/secret.txt',
    '/index.html%00',
    '/%00/../secret.txt',
    '/assets/%00',
    '//secret.txt',
    '/./',
    '/%',
    '/%zz',
    '/%2fetc%2fpasswd',
    '/etc/passwd',
  ])('when the target is %s, then it answers 404 and leaks nothing', async (target) => {
    const { status, text } = await rawGet(server.port, target);

    expect(status).toBe(404);
    expect(text).not.toContain(SECRET);
  });

  it('when the target is not a path at all, then it answers 404', async () => {
    const { status } = await rawGet(server.port, '*');

    expect(status).toBe(404);
  });
});
