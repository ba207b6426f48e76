import { join } from 'node:path';

/** `backups/aneis-<what>-<UTC time>.tar.gz` at the repository root (git-ignored). */
export function defaultBackupFile(root: string, what: string, at = new Date()): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return join(root, 'backups', `aneis-${what}-${stamp}.tar.gz`);
}
