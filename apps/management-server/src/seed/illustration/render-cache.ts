import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A folder of finished renders named by the hash of what they were drawn from. */
export interface RenderCache {
  readonly dir: string;
}

/**
 * `node_modules/.cache/aneis-demo-renders` beside the renderer package: it outlives a data
 * folder's reset and a test's temporary folder, so only the first seed of a checkout draws.
 */
export function defaultRenderCache(): RenderCache {
  const sharpEntry = createRequire(import.meta.url).resolve('sharp');
  const modules = sharpEntry.slice(0, sharpEntry.lastIndexOf(`${path.sep}sharp${path.sep}`));
  return { dir: path.join(modules, '.cache', 'aneis-demo-renders') };
}

/**
 * The render stored under `key`, or a fresh one, stored for the next time. The cache only saves
 * time: a folder that cannot be written (a read-only image) leaves the render uncached.
 */
export async function cachedRender(
  cache: RenderCache | undefined,
  key: string,
  render: () => Promise<Buffer>,
): Promise<Buffer> {
  if (!cache) return render();
  const file = path.join(cache.dir, `${key}.webp`);
  const stored = await readFile(file).catch(() => undefined);
  if (stored) return stored;
  const bytes = await render();
  try {
    await mkdir(cache.dir, { recursive: true });
    // Written aside, then renamed: a seed running at the same time never reads half a file.
    const aside = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(aside, bytes);
    await rename(aside, file);
  } catch {
    // Uncached is only slower.
  }
  return bytes;
}
