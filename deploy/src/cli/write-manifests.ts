import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeploySettings } from '../settings/settings.js';
import { buildRelease } from '../manifests/release.js';
import { manifestFiles } from '../manifests/to-yaml.js';

/** deploy/out, found from this file so the command works from any directory. */
export const defaultOutDir = new URL('../../out/', import.meta.url).pathname;

/** Regenerates every manifest into `outDir` (stale files from older runs are removed). */
export async function writeManifests(settings: DeploySettings, outDir: string): Promise<string[]> {
  const files = manifestFiles(buildRelease(settings));
  await mkdir(outDir, { recursive: true });
  for (const old of await readdir(outDir)) {
    if (old.endsWith('.yaml')) await rm(join(outDir, old));
  }
  for (const [name, content] of files) await writeFile(join(outDir, name), content);
  return [...files.keys()];
}
