import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeOf } from '../src/files/content-types.js';
import { isHashedFileName } from '../src/files/hashed-names.js';
import { buildRealSite, type BuiltSite } from './support/built-site.js';
import { request } from './support/http-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const ATTRIBUTE_REFERENCE = /\b(?:src|href)\s*=\s*"([^"]*)"/g;
const TAG = (name: string) => new RegExp(`<${name}\\b[^>]*>`, 'gi');

describe('the built page', () => {
  let site: BuiltSite;
  let server: TestServer;
  let html: string;

  beforeAll(async () => {
    site = await buildRealSite();
    server = await startTestServer(site.publicDir);
    html = await readFile(path.join(site.publicDir, 'index.html'), 'utf8');
  });

  afterAll(async () => {
    await server.shutdown();
    await site.remove();
  });

  it('when its asset references are requested, then each one is a hashed file that is served', async () => {
    const assets = [...html.matchAll(ATTRIBUTE_REFERENCE)]
      .map(([, reference]) => reference ?? '')
      .filter((reference) => reference.startsWith('/assets/'));

    expect(assets.length).toBeGreaterThanOrEqual(5);
    for (const asset of assets) {
      expect(isHashedFileName(asset), asset).toBe(true);
      const response = await request(server.url, asset);
      expect(response.status, asset).toBe(200);
      expect(response.headers['content-type'], asset).toBe(contentTypeOf(asset));
      expect(response.headers['cache-control'], asset).toContain('immutable');
    }
  });

  it('when read, then it declares a language and has a title', () => {
    expect(html).toMatch(/<html lang="pt-PT">/);
    expect(html).toMatch(/<title>[^<]*A Senhora dos Anéis[^<]*<\/title>/);
  });

  it('when read, then it has exactly one h1', () => {
    expect(html.match(TAG('h1'))).toHaveLength(1);
  });

  it('when read, then every image has an alt attribute', () => {
    const images = html.match(TAG('img')) ?? [];

    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image, image).toMatch(/\balt="[^"]*"/);
  });

  it('when read, then it has the landmarks and both languages', () => {
    for (const landmark of ['header', 'nav', 'main', 'footer']) {
      expect(html.match(TAG(landmark)), landmark).not.toBeNull();
    }
    expect(html).toContain('id="pt"');
    expect(html).toMatch(/id="en"[^>]*lang="en"/);
    expect(html).not.toContain('<!-- include:');
  });

  it('when read, then it links to the storefront, the admin UI and credits the first team', () => {
    expect(html).toContain('href="/shopping/"');
    expect(html).toContain('href="/management/"');
    for (const name of ['Filipe Gonçalves', 'João Borges', 'Vicente Costa']) {
      expect(html).toContain(name);
    }
  });

  it('when checked against its CSP, then it needs no inline script, style or handler', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
  });

  it('when every in-page link is followed, then its target exists', () => {
    const fragments = [...html.matchAll(/href="#([^"]+)"/g)].map(([, id]) => id ?? '');
    const ids = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map(([, id]) => id));

    expect(fragments.length).toBeGreaterThan(0);
    for (const fragment of fragments) expect(ids.has(fragment), fragment).toBe(true);
  });
});
