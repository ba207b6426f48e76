import type { Dirent } from 'node:fs';
import { lstat, readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { isImageKey } from './image-keys.js';

/** `<image key>.<12 hex>.tmp`: what `write` leaves behind when the process dies mid-write. */
const WRITE_LEFTOVER = /^(.+)\.[0-9a-f]{12}\.tmp$/;
/** Keys have at most three segments, so product folders sit at depth 1 and kind folders at 2. */
const MAX_FOLDER_DEPTH = 2;

function isWriteLeftover(relativePath: string): boolean {
  const match = WRITE_LEFTOVER.exec(relativePath);
  return match !== null && isImageKey(match[1] ?? '');
}

export interface LeftoverSweep {
  /** Half-written files removed, relative to the folder. */
  files: string[];
  /** Emptied folders removed, relative to the folder. */
  folders: string[];
}

function ignoreGone(error: unknown): void {
  const code = (error as NodeJS.ErrnoException).code;
  // Gone already, or something arrived meanwhile: either way there is nothing to remove.
  if (code !== 'ENOENT' && code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
}

/**
 * Removes what interrupted writes and deleted images leave in the image folder: half-written
 * `.tmp` files and empty product/kind folders, both older than `olderThan` (an upload in progress
 * is always younger). Links are never followed and nothing else is touched.
 */
export async function removeLocalLeftovers(
  dir: string,
  olderThan: Date,
  dryRun = false,
): Promise<LeftoverSweep> {
  const sweep: LeftoverSweep = { files: [], folders: [] };
  await walk(dir, [], olderThan.getTime(), dryRun, sweep);
  return sweep;
}

/** Returns whether the folder ended up empty (so its parent may remove it). */
async function walk(
  dir: string,
  segments: readonly string[],
  cutoff: number,
  dryRun: boolean,
  sweep: LeftoverSweep,
): Promise<boolean> {
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(dir, ...segments), { withFileTypes: true });
  } catch (error) {
    ignoreGone(error);
    return false;
  }
  let left = entries.length;
  for (const entry of entries) {
    const next = [...segments, entry.name];
    const relative = next.join('/');
    const full = path.join(dir, ...next);
    if (entry.isDirectory() && next.length <= MAX_FOLDER_DEPTH) {
      // Judged before the walk: emptying its kind folders just now touches the folder's time.
      const old = await isOlderThan(full, cutoff);
      const empty = await walk(dir, next, cutoff, dryRun, sweep);
      if (empty && old) {
        if (!dryRun) await rmdir(full).catch(ignoreGone);
        sweep.folders.push(relative);
        left -= 1;
      }
    } else if (entry.isFile() && isWriteLeftover(relative) && (await isOlderThan(full, cutoff))) {
      if (!dryRun) await rm(full, { force: true });
      sweep.files.push(relative);
      left -= 1;
    }
  }
  return left === 0;
}

async function isOlderThan(file: string, cutoff: number): Promise<boolean> {
  try {
    return (await lstat(file)).mtime.getTime() < cutoff;
  } catch (error) {
    ignoreGone(error);
    return false;
  }
}
