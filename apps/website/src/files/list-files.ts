import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every regular file under `root`, as sorted POSIX paths relative to it. Symbolic links are
 * skipped on purpose: following one could publish a file from outside the folder.
 */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .map((relative) => relative.split(path.sep).join('/'))
    .sort();
}
