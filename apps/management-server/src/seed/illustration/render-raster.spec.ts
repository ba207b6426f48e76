import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { svgToWebps } from './render-raster.js';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200" viewBox="0 0 10 10">' +
  '<circle cx="5" cy="5" r="4" fill="#c0a060"/></svg>';

describe('svgToWebps', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'render-cache-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('when an SVG is rendered in two widths, then each is a square WebP of that width', async () => {
    const [small, large] = await svgToWebps(svg, [400, 1200]);
    for (const [bytes, width] of [
      [small, 400],
      [large, 1200],
    ] as const) {
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', width, width]);
    }
  });

  it('when the same SVG is rendered again with a cache, then the stored renders come back', async () => {
    const cache = { dir };
    const first = await svgToWebps(svg, [400], cache);
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect((await readFile(path.join(dir, files[0] ?? ''))).equals(first[0] as Buffer)).toBe(true);
    // What is stored is what is served: nothing is drawn again.
    const stored = Buffer.from('stored render');
    await writeFile(path.join(dir, files[0] ?? ''), stored);
    const again = await svgToWebps(svg, [400], cache);
    expect(again[0]?.equals(stored)).toBe(true);
    const other = await svgToWebps(svg.replace('#c0a060', '#a0a0a0'), [400], cache);
    expect(other[0]?.equals(first[0] as Buffer)).toBe(false);
    expect(await readdir(dir)).toHaveLength(2);
  });
});
