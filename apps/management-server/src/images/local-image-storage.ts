import { copyFile, mkdir, rename, rm, writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { isImageKey } from './image-keys.js';
import { UPLOAD_URL_TTL_SECONDS, type ImageStorage } from './image-storage.js';
import { listLocalImages, parentIsInsideFolder } from './list-local-images.js';
import { removeLocalLeftovers } from './local-leftovers.js';
import { uploadSignature } from './upload-signature.js';

export interface LocalImageStorage extends ImageStorage {
  readonly dir: string;
  write(key: string, bytes: Buffer): Promise<void>;
  /** The image's bytes, or undefined when there is none. */
  read(key: string): Promise<Buffer | undefined>;
}

/**
 * Images in a folder, uploaded through our own HMAC-signed, expiring PUT URLs and served by this
 * server at `<baseUrl>/<key>`.
 */
export function createLocalImageStorage(options: {
  dir: string;
  /** Public URL of this server's image routes, e.g. `https://management.example/images`. */
  baseUrl: string;
  secret: string;
  now: () => Date;
}): LocalImageStorage {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fileOf = (key: string): string => {
    // Keys are checked against a strict pattern, so no key can climb out of the folder.
    if (!isImageKey(key)) throw new Error(`not an image key: ${key}`);
    return path.join(options.dir, ...key.split('/'));
  };
  return {
    dir: options.dir,
    async uploadTarget(key) {
      const expiresAt = Math.floor(options.now().getTime() / 1000) + UPLOAD_URL_TTL_SECONDS;
      const signature = uploadSignature(options.secret, key, expiresAt);
      return {
        uploadUrl: `${baseUrl}/upload/${key}?expires=${expiresAt}&signature=${signature}`,
        liveUrl: `${baseUrl}/${key}`,
      };
    },
    liveUrlOf: (key) => `${baseUrl}/${key}`,
    keyOf(url) {
      if (!url.startsWith(`${baseUrl}/`)) return undefined;
      const key = url.slice(baseUrl.length + 1);
      return isImageKey(key) ? key : undefined;
    },
    async write(key, bytes) {
      const file = fileOf(key);
      try {
        await writeAside(file, bytes);
      } catch (error) {
        // The sweeper removes empty folders: one may have gone between mkdir and the write.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        await writeAside(file, bytes);
      }
    },
    async read(key) {
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async copy(fromKey, toKey) {
      const target = fileOf(toKey);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(fileOf(fromKey), target);
    },
    async remove(keys) {
      await Promise.all(
        keys.map(async (key) => {
          const file = fileOf(key);
          if (await parentIsInsideFolder(options.dir, file)) await rm(file, { force: true });
        }),
      );
    },
    list: () => listLocalImages(options.dir),
    async removeLeftovers(olderThan, dryRun) {
      const { files, folders } = await removeLocalLeftovers(options.dir, olderThan, dryRun);
      return [...files, ...folders.map((folder) => `${folder}/`)];
    },
  };
}

/** Written aside then renamed, so a reader never sees half an image. */
async function writeAside(file: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
