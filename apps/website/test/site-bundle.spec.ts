import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { contentHash } from '../src/files/hashed-names.js';
import { listFiles } from '../src/files/list-files.js';
import { bundleSite } from '../src/site-build/bundle-site.js';
import { buildRealSite, type BuiltSite } from './support/built-site.js';

async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(root, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

describe('bundleSite on the real site', () => {
  let site: BuiltSite;

  beforeAll(async () => {
    site = await buildRealSite();
  });

  afterAll(async () => {
    await site.remove();
  });

  it('when bundled, then each asset is named after the hash of its own bytes', async () => {
    const assets = site.files.filter((file) => file.source !== 'index.html');

    expect(assets.map((file) => file.source)).toEqual(
      expect.arrayContaining([
        'assets/base.css',
        'assets/language.js',
        'assets/brand/ring-logo.svg',
        'assets/brand/tokens.css',
      ]),
    );
    for (const file of assets) {
      const bytes = await readFile(path.join(site.publicDir, file.output));
      expect(file.output).toMatch(/\.[0-9a-f]{8}\.[a-z]+$/);
      expect(file.output).toContain(`.${contentHash(bytes)}.`);
    }
  });

  it('when bundled, then every .gz and .br sibling decompresses to its file', async () => {
    const names = await listFiles(site.publicDir);
    const siblings = names.filter((name) => name.endsWith('.gz') || name.endsWith('.br'));

    expect(siblings).toContain('index.html.br');
    expect(siblings).toContain('index.html.gz');
    for (const sibling of siblings) {
      const original = await readFile(path.join(site.publicDir, sibling.slice(0, -3)));
      const packed = await readFile(path.join(site.publicDir, sibling));
      const unpacked = sibling.endsWith('.br') ? brotliDecompressSync(packed) : gunzipSync(packed);
      expect(unpacked.equals(original), sibling).toBe(true);
      expect(packed.length, sibling).toBeLessThan(original.length);
    }
  });

  it('when bundled, then only the page and hashed assets are published', async () => {
    const published = (await listFiles(site.publicDir)).filter((name) => !/\.(gz|br)$/.test(name));

    expect(published).toEqual(expect.arrayContaining(['index.html']));
    expect(published).not.toContain('assets/base.css');
    expect(published.some((name) => name.includes('portuguese'))).toBe(false);
  });
});

describe('bundleSite on a small fixture', () => {
  let root: string;
  const source = () => path.join(root, 'source');
  const out = () => path.join(root, 'out');

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'website-bundle-'));
    await writeTree(source(), {
      'index.html':
        '<link rel="stylesheet" href="/assets/app.css?v=1">\n' +
        '<img src="assets/pic.svg" alt="">\n<a href="/shopping/">shop</a>\n',
      'assets/app.css': 'body { background: url("../images/bg.svg"); }\n',
      'images/bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'assets/pic.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>',
      'assets/photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]),
    });
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('when references are absolute or relative, then each keeps its form with the new name', async () => {
    const files = await bundleSite({ sourceDir: source(), outDir: out() });
    const outputOf = (name: string) => files.find((file) => file.source === name)?.output ?? '';
    const html = await readFile(path.join(out(), 'index.html'), 'utf8');
    const css = await readFile(path.join(out(), outputOf('assets/app.css')), 'utf8');

    expect(html).toContain(`href="/${outputOf('assets/app.css')}?v=1"`);
    expect(html).toContain(`src="${outputOf('assets/pic.svg')}"`);
    expect(html).toContain('href="/shopping/"');
    expect(css).toContain(`url("../${outputOf('images/bg.svg')}")`);
  });

  it('when an image a stylesheet uses changes, then the stylesheet gets a new name too', async () => {
    const before = await bundleSite({ sourceDir: source(), outDir: out() });
    await writeFile(
      path.join(source(), 'images/bg.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>',
    );
    const after = await bundleSite({ sourceDir: source(), outDir: out() });
    const cssName = (files: typeof before) =>
      files.find((file) => file.source === 'assets/app.css')?.output;

    expect(cssName(after)).not.toBe(cssName(before));
    expect(await listFiles(out())).not.toContain(cssName(before));
  });

  it('when a file is already compressed, then no .gz or .br is written for it', async () => {
    const files = await bundleSite({ sourceDir: source(), outDir: out() });
    const photo = files.find((file) => file.source === 'assets/photo.png');

    expect(photo?.gzipBytes).toBeUndefined();
    expect(photo?.brotliBytes).toBeUndefined();
  });

  it('when a page points at a file that does not exist, then bundling fails naming it', async () => {
    await writeFile(path.join(source(), 'index.html'), '<script src="/assets/typo.js"></script>');

    await expect(bundleSite({ sourceDir: source(), outDir: out() })).rejects.toThrow(
      /index\.html: \/assets\/typo\.js/,
    );
  });

  it('when there is no index.html, then bundling fails', async () => {
    await rm(path.join(source(), 'index.html'));

    await expect(bundleSite({ sourceDir: source(), outDir: out() })).rejects.toThrow(/index\.html/);
  });

  it('when a page includes a partial, then the partial is inlined with its indentation', async () => {
    await writeTree(root, {
      'source/index.html': '<main>\n  <!-- include: part.html -->\n</main>\n',
      'partials/part.html': '<p>one</p>\n<img src="/assets/pic.svg" alt="">\n',
    });
    const files = await bundleSite({
      sourceDir: source(),
      outDir: out(),
      partialsDir: path.join(root, 'partials'),
    });
    const pic = files.find((file) => file.source === 'assets/pic.svg')?.output ?? '';

    expect(await readFile(path.join(out(), 'index.html'), 'utf8')).toBe(
      `<main>\n  <p>one</p>\n  <img src="/${pic}" alt="">\n</main>\n`,
    );
  });

  it('when a folder is mounted, then its files are published under their path, hashed and referenced', async () => {
    await writeTree(root, {
      'source/index.html': '<link rel="stylesheet" href="/assets/shared/look.css">\n',
      'shared/look.css': '.logo { background: url("logo.svg"); }\n',
      'shared/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const files = await bundleSite({
      sourceDir: source(),
      outDir: out(),
      mounts: [{ dir: path.join(root, 'shared'), at: '/assets/shared/' }],
    });
    const outputOf = (source: string) => files.find((file) => file.source === source)?.output;

    expect(outputOf('assets/shared/logo.svg')).toMatch(/^assets\/shared\/logo\.[0-9a-f]{8}\.svg$/);
    const css = await readFile(path.join(out(), outputOf('assets/shared/look.css') ?? ''), 'utf8');
    expect(css).toContain(
      `url("${path.posix.basename(outputOf('assets/shared/logo.svg') ?? '')}")`,
    );
    expect(await readFile(path.join(out(), 'index.html'), 'utf8')).toContain(
      `href="/${outputOf('assets/shared/look.css')}"`,
    );
  });

  it('when a mounted file would replace one of the site, then bundling fails naming it', async () => {
    await writeTree(root, { 'shared/app.css': 'a {}\n' });

    await expect(
      bundleSite({
        sourceDir: source(),
        outDir: out(),
        mounts: [{ dir: path.join(root, 'shared'), at: 'assets' }],
      }),
    ).rejects.toThrow(/assets\/app\.css exists twice/);
  });

  it('when an included partial is missing, then bundling fails naming it', async () => {
    await writeFile(path.join(source(), 'index.html'), '<!-- include: nowhere.html -->\n');

    await expect(
      bundleSite({ sourceDir: source(), outDir: out(), partialsDir: path.join(root, 'partials') }),
    ).rejects.toThrow(/nowhere\.html/);
  });
});
