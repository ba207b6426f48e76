import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the first folder up that holds the local stack. */
export function workspaceRoot(from = import.meta.dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'tools/local-stack/project.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no workspace root above ${from}`);
    dir = parent;
  }
  return dir;
}
