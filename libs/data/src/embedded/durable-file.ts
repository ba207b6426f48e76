import { copyFile, link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Makes a folder's entries (a file created, renamed or removed in it) survive a crash: without
 * this, the kernel may lose the new name even though the file's bytes were synced.
 */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some platforms (Windows) cannot sync a folder; there the rename is as durable as it gets.
    if (
      !['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '')
    )
      throw error;
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `file` with `content` so that after a crash at any moment the file holds either the
 * old content or the new one, whole: write a side file, sync it, rename it over, sync the folder.
 * With `keepPreviousAs`, the content being replaced stays reachable under that name (a hard
 * link, so `file` itself is never missing, not even between two steps).
 */
export async function replaceFileDurably(
  file: string,
  content: string | Buffer,
  options: { keepPreviousAs?: string } = {},
): Promise<void> {
  const folder = dirname(file);
  await mkdir(folder, { recursive: true });
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (options.keepPreviousAs !== undefined) {
    await ignoreMissing(unlink(options.keepPreviousAs));
    await ignoreMissing(linkOrCopy(file, options.keepPreviousAs));
  }
  await rename(partial, file);
  await syncFolder(folder);
}

/** Cuts `file` back to its first `bytes` bytes, synced. */
export async function truncateDurably(file: string, bytes: number): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.truncate(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A hard link where the file system has them (most do), a copy where it has not. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if (
      !['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(
        (error as NodeJS.ErrnoException).code ?? '',
      )
    )
      throw error;
    await copyFile(from, to);
  }
}

async function ignoreMissing(step: Promise<void>): Promise<void> {
  try {
    await step;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
