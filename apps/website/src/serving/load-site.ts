import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeOf } from '../files/content-types.js';
import { isHashedFileName } from '../files/hashed-names.js';
import { listFiles } from '../files/list-files.js';
import type { ContentCoding } from './accept-encoding.js';
import { entityTag } from './entity-tag.js';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
// The page itself must be revalidated every time, or a visitor could keep old asset names.
export const REVALIDATE = 'no-cache';

export interface Representation {
  body: Buffer;
  etag: string;
}

export interface SiteFile {
  contentType: string;
  cacheControl: string;
  identity: Representation;
  /** Precompressed variants the bundler left beside the file; brotli first, it is smaller. */
  encoded: ReadonlyMap<ContentCoding, Representation>;
}

/** The servable site, keyed by URL path: `/` is the page, the rest are its assets. */
export type Site = ReadonlyMap<string, SiteFile>;

const CODINGS: ReadonlyArray<readonly [ContentCoding, string]> = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

/** Reads the whole bundled site into memory; it is small, and serving then never waits on disk. */
export async function loadSite(directory: string): Promise<Site> {
  let files: string[];
  try {
    files = await listFiles(directory);
  } catch (error) {
    throw new Error(`Cannot read the website files in ${directory}: ${messageOf(error)}`);
  }
  if (!files.includes('index.html')) {
    throw new Error(
      `No index.html in ${directory}: build the website first (npx nx build website)`,
    );
  }
  const present = new Set(files);
  const isVariant = (file: string) =>
    CODINGS.some(
      ([, suffix]) => file.endsWith(suffix) && present.has(file.slice(0, -suffix.length)),
    );

  const site = new Map<string, SiteFile>();
  for (const file of files) {
    if (isVariant(file)) continue;
    // Only the home page is a page: other HTML files would be reachable nowhere in the cluster.
    if (file.endsWith('.html') && file !== 'index.html') continue;
    const urlPath = file === 'index.html' ? '/' : `/${file}`;
    site.set(urlPath, await loadFile(directory, file, present));
  }
  return site;
}

async function loadFile(directory: string, file: string, present: Set<string>): Promise<SiteFile> {
  const read = (name: string) => readFile(path.join(directory, ...name.split('/')));
  const body = await read(file);
  const encoded = new Map<ContentCoding, Representation>();
  for (const [coding, suffix] of CODINGS) {
    if (!present.has(file + suffix)) continue;
    const variant = await read(file + suffix);
    encoded.set(coding, { body: variant, etag: entityTag(variant) });
  }
  return {
    contentType: contentTypeOf(file),
    cacheControl: isHashedFileName(file) ? IMMUTABLE : REVALIDATE,
    identity: { body, etag: entityTag(body) },
    encoded,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
