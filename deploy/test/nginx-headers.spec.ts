import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxHeadersSnippet } from '../src/security-headers/nginx-headers.js';
import { securityHeadersFor } from '../src/security-headers/security-headers.js';
import { defaultSettings } from '../src/settings/settings.js';
import {
  eventually,
  freePort,
  hasBinary,
  portOpen,
  skipNotice,
  start,
  stop,
  type Started,
} from './support/processes.js';

/*
 * nginx drops the server level's add_header in any location that has one of its own, so the
 * webclients' nginx.conf keeps none there and includes the headers snippet in every location.
 * Checked on the text, then on a real nginx serving each location.
 */

const confPath = join(import.meta.dirname, '..', '..', 'docker', 'webclient', 'nginx.conf');
const conf = readFileSync(confPath, 'utf8');
const include = 'include /etc/nginx/aneis/security-headers.conf;';

/** Each `location … { … }` block's head and body (the file nests nothing deeper). */
function locations(text: string): { head: string; body: string }[] {
  return [...text.matchAll(/^\s*location\s+([^{]+)\{([^}]*)\}/gm)].map((m) => ({
    head: (m[1] ?? '').trim(),
    body: m[2] ?? '',
  }));
}

skipNotice('nginx', 'nginx');

describe("the webclients' nginx.conf", () => {
  it('when any location answers, then it includes the security headers snippet', () => {
    const found = locations(conf);
    expect(found.map((l) => l.head)).toEqual([
      '= /healthz',
      '= /readyz',
      '= /config.json',
      '/assets/',
      '/',
    ]);
    for (const location of found) expect(location.body, location.head).toContain(include);
  });

  it('when headers are set at server level, then none is: a location would drop them', () => {
    const outside = conf.replace(/^\s*location\s+[^{]+\{[^}]*\}/gm, '');
    expect(outside).not.toMatch(/^\s*add_header/m);
  });
});

describe.skipIf(!hasBinary('nginx'))("the webclients' nginx.conf on a real nginx", () => {
  const dir = mkdtempSync(join(tmpdir(), 'aneis-nginx-'));
  let nginx: Started | undefined;
  let port = 0;
  const expected = securityHeadersFor('shopping-webclient', defaultSettings);

  beforeAll(async () => {
    port = await freePort();
    const html = join(dir, 'html');
    mkdirSync(join(html, 'assets'), { recursive: true });
    writeFileSync(join(html, 'index.html'), '<!doctype html><title>shell</title>');
    writeFileSync(join(html, 'assets', 'app-1234.js'), 'console.log(1);');
    writeFileSync(join(dir, 'runtime-config.json'), '{"basePath":"/shopping"}');
    writeFileSync(
      join(dir, 'security-headers.conf'),
      nginxHeadersSnippet('shopping-webclient', defaultSettings),
    );
    const server = conf
      .replace('listen 8080;', `listen 127.0.0.1:${port};`)
      .replace('root /usr/share/nginx/html;', `root ${html};`)
      .replace(
        'alias /srv/runtime/runtime-config.json;',
        `alias ${join(dir, 'runtime-config.json')};`,
      )
      .replaceAll(include, `include ${join(dir, 'security-headers.conf')};`)
      .replace('@SYSLOG_SERVER@', `127.0.0.1:${await freePort()}`)
      .replace('@SYSLOG_TAG@', 'shopping_webclient')
      .replace('access_log /dev/stdout;', `access_log ${join(dir, 'access.log')};`);
    writeFileSync(
      join(dir, 'nginx.conf'),
      [
        'daemon off;',
        'worker_processes 1;',
        `pid ${join(dir, 'nginx.pid')};`,
        `error_log ${join(dir, 'error.log')};`,
        'events { worker_connections 64; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        `  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;`,
        `  fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
        server,
        '}',
      ].join('\n'),
    );
    // nginx's workers drop to an unprivileged user when started as root: let them read
    chmodSync(dir, 0o755);
    nginx = start('nginx', ['-c', join(dir, 'nginx.conf')], {});
    await eventually('nginx listening', () => portOpen(port));
  });

  afterAll(async () => {
    await stop(nginx, 'SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['/healthz', 200, undefined],
    ['/readyz', 200, undefined],
    ['/config.json', 200, 'no-store'],
    ['/assets/app-1234.js', 200, 'public, max-age=31536000, immutable'],
    ['/assets/missing.js', 404, 'public, max-age=31536000, immutable'],
    ['/', 200, 'no-cache'],
    ['/orders/42', 200, 'no-cache'],
  ])(
    'when %s is asked for, then the answer (%i) carries every security header',
    async (path, status, cache) => {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      await res.arrayBuffer();
      expect(res.status).toBe(status);
      for (const [name, value] of Object.entries(expected)) {
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      }
      if (cache) expect(res.headers.get('cache-control')).toBe(cache);
    },
  );
});
