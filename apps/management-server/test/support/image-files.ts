import { access, mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import winston from 'winston';
import { productImageKey, randomImageName, type ImageKind } from '../../src/images/image-keys.js';
import {
  createLocalImageStorage,
  type LocalImageStorage,
} from '../../src/images/local-image-storage.js';

/** The smallest valid PNG: 1×1 transparent pixel. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export function newImageKey(kind: ImageKind = 'thumbnails'): string {
  return productImageKey(randomImageName(), kind, randomImageName());
}

export function fileOfKey(dir: string, key: string): string {
  return path.join(dir, ...key.split('/'));
}

export async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Sets a file's modification time `ageMs` into the past (how old the sweeper thinks it is). */
export async function age(file: string, ageMs: number): Promise<void> {
  const when = new Date(Date.now() - ageMs);
  await utimes(file, when, when);
}

export interface ImageFolder {
  /** Holds `images/` (the storage) and `outside/` (must never be touched). */
  root: string;
  dir: string;
  outside: string;
  storage: LocalImageStorage;
  /** Writes a PNG under `key`, `ageMs` old. */
  store(key: string, ageMs: number): Promise<void>;
  remove(): Promise<void>;
}

/** A storage folder of its own, with a sibling folder outside it. */
export async function createImageFolder(baseUrl: string): Promise<ImageFolder> {
  const root = await mkdtemp(path.join(tmpdir(), 'image-sweep-'));
  const dir = path.join(root, 'images');
  const storage = createLocalImageStorage({
    dir,
    baseUrl,
    secret: 'image-sweep-test-secret',
    now: () => new Date(),
  });
  return {
    root,
    dir,
    outside: path.join(root, 'outside'),
    storage,
    async store(key, ageMs) {
      await storage.write(key, PNG);
      await age(fileOfKey(dir, key), ageMs);
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** A logger whose entries the test reads back. */
export function capturingLogger(): { logger: winston.Logger; entries: Record<string, unknown>[] } {
  const entries: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      entries.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  const logger = winston.createLogger({
    level: 'debug',
    format: winston.format.json(),
    transports: [new winston.transports.Stream({ stream })],
  });
  return { logger, entries };
}
