import { createHash } from 'node:crypto';
import path from 'node:path';

const HASH_LENGTH = 8;
const HASHED_NAME = new RegExp(`\\.[0-9a-f]{${HASH_LENGTH}}\\.[a-z0-9]+$`);

/** A short fingerprint of the bytes: enough to tell versions of one small site apart. */
export function contentHash(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, HASH_LENGTH);
}

/** `assets/styles.css` with hash `3f9a1c2b` becomes `assets/styles.3f9a1c2b.css`. */
export function hashedFileName(relativePath: string, hash: string): string {
  const extension = path.posix.extname(relativePath);
  const stem = relativePath.slice(0, relativePath.length - extension.length);
  return `${stem}.${hash}${extension}`;
}

/** Whether a name carries a fingerprint, so its content can never change under that name. */
export function isHashedFileName(relativePath: string): boolean {
  return HASHED_NAME.test(path.posix.basename(relativePath));
}
