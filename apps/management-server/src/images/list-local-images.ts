import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isImageKey } from './image-keys.js';
import type { StoredImage } from './image-storage.js';

/** Keys have at most three segments (`<folder>/<kind>/<file>`), so folders sit at depth 0 and 1. */
const MAX_FOLDER_DEPTH = 2;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * The image files under `dir`, by key. Symbolic links are neither followed nor listed and only
 * names shaped like image keys are reported, so the sweeper is never offered a file outside the
 * folder, a half-written `.tmp` or anything else someone put there.
 */
export async function* listLocalImages(dir: string): AsyncGenerator<StoredImage> {
  yield* walk(dir, []);
}

async function* walk(dir: string, segments: readonly string[]): AsyncGenerator<StoredImage> {
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(dir, ...segments), { withFileTypes: true });
  } catch (error) {
    // No folder yet, or removed while we walked: nothing stored there.
    if (isMissing(error)) return;
    throw error;
  }
  for (const entry of entries) {
    const next = [...segments, entry.name];
    if (entry.isDirectory()) {
      if (next.length <= MAX_FOLDER_DEPTH) yield* walk(dir, next);
      continue;
    }
    const key = next.join('/');
    if (!entry.isFile() || !isImageKey(key)) continue;
    try {
      const stats = await lstat(path.join(dir, ...next));
      if (stats.isFile()) yield { key, modifiedAt: stats.mtime };
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
}

/**
 * Whether `file`'s folder exists inside `dir` once symbolic links are resolved; throws when it
 * lies elsewhere. A key is checked against a strict pattern, but one of its folders could still
 * be a link out of the image folder.
 */
export async function parentIsInsideFolder(dir: string, file: string): Promise<boolean> {
  let root: string;
  let parent: string;
  try {
    [root, parent] = await Promise.all([realpath(dir), realpath(path.dirname(file))]);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  if (!`${parent}${path.sep}`.startsWith(`${root}${path.sep}`)) {
    throw new Error(`refusing to delete ${file}: it lies outside the image folder`);
  }
  return true;
}
