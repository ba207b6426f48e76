import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { storefrontRendererSource } from './storefront-renderer.js';

describe('storefrontRendererSource', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'renderer-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('when the build is there, then its render is used', async () => {
    const file = path.join(dir, 'entry-server.js');
    await writeFile(
      file,
      'export async function render(r) { return { html: r.url, state: "{}" }; }',
    );
    const source = storefrontRendererSource(pathToFileURL(file).href, () => undefined);

    const renderer = await source.get();

    await expect(
      renderer?.render({
        url: '/anel/x',
        language: 'pt',
        pageOrigin: 'http://a',
        data: {},
        viewer: null,
      }),
    ).resolves.toEqual({ html: '/anel/x', state: '{}' });
  });

  it('when the build is missing, then there is no renderer, one warning, and a later build is picked up after the retry time', async () => {
    const file = path.join(dir, 'later.js');
    const warnings: string[] = [];
    let now = 0;
    const source = storefrontRendererSource(pathToFileURL(file).href, (m) => warnings.push(m), {
      retryMs: 1_000,
      now: () => now,
    });

    await expect(source.get()).resolves.toBeNull();
    await expect(source.get()).resolves.toBeNull();
    now = 2_000;
    await expect(source.get()).resolves.toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('later.js');

    await writeFile(file, 'export async function render() { return { html: "", state: "{}" }; }');
    await expect(source.get()).resolves.toBeNull(); // still inside the retry time
    now = 4_000;
    await expect(source.get()).resolves.not.toBeNull();
  });

  it('when the module exports no render function, then it counts as missing', async () => {
    const file = path.join(dir, 'wrong.js');
    await writeFile(file, 'export const nothing = 1;');
    const warnings: string[] = [];
    const source = storefrontRendererSource(pathToFileURL(file).href, (m) => warnings.push(m));
    await expect(source.get()).resolves.toBeNull();
    expect(warnings[0]).toContain('no render function');
  });
});
