import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DeploySettings } from './settings.js';

/*
 * What deploy:images pushed: `registry/name:tag` → `sha256:…`, in deploy/out/image-digests.json
 * (git-ignored, next to the manifests). The other commands read back the entries for their own
 * registry and tag, so the manifests name each image by digest when it was built here, and by
 * tag otherwise (an image built elsewhere, or a tag moved since).
 */

export const defaultDigestsFile = new URL('../../out/image-digests.json', import.meta.url).pathname;

export type DigestRecord = Record<string, string>;

async function readRecord(file: string): Promise<DigestRecord> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as DigestRecord) : {};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Adds (or replaces) digests for the given `registry/name:tag` references. */
export async function recordImageDigests(file: string, digests: DigestRecord): Promise<void> {
  const record = { ...(await readRecord(file)), ...digests };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
}

/** The settings with the digests recorded for their registry and tag. */
export async function withImageDigests(
  settings: DeploySettings,
  file: string = defaultDigestsFile,
): Promise<DeploySettings> {
  const record = await readRecord(file);
  const prefix = `${settings.registry}/`;
  const suffix = `:${settings.tag}`;
  const imageDigests: Record<string, string> = {};
  for (const [ref, digest] of Object.entries(record)) {
    if (!ref.startsWith(prefix) || !ref.endsWith(suffix)) continue;
    const name = ref.slice(prefix.length, ref.length - suffix.length);
    if (/^sha256:[0-9a-f]{64}$/.test(digest) && !name.includes('/')) imageDigests[name] = digest;
  }
  return { ...settings, imageDigests };
}
