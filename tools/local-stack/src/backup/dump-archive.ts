import { gunzipSync, gzipSync } from 'node:zlib';
import mongoose from 'mongoose';
import { packTar, unpackTar, type TarEntry } from './tar-archive.js';
import type { CollectionData, DatabaseData, ShopData } from './shop-data.js';

const { EJSON } = mongoose.mongo.BSON;

/** What the archive says about itself, beside the data. */
export interface BackupManifest {
  readonly format: 'aneis-backup/1';
  readonly createdAt: string;
  /** The engine the data came from, as the start summary names it. */
  readonly source: string;
  readonly collections: Record<string, number>;
}

const readme = `A Senhora dos Anéis: a backup of the shop's data.

dump/ is in mongodump's folder layout: per collection, <db>/<collection>.bson (the documents as
BSON, one after the other) and <db>/<collection>.metadata.json (its indexes, Extended JSON).
To load it into a real MongoDB:

    tar xzf <this file> && mongorestore --drop --dir dump --uri "mongodb://…"

(bsondump dump/<db>/<collection>.bson prints the documents as JSON.)
To load it into the local run instead: npm run restore <this file>
`;

/** A gzip'ed tar of a mongodump folder, plus a manifest and a README. */
export function encodeBackup(data: ShopData, source: string, createdAt = new Date()): Buffer {
  const entries: TarEntry[] = [];
  const collections: Record<string, number> = {};
  for (const database of data.databases) {
    for (const collection of database.collections) {
      const path = `dump/${safeName(database.name)}/${safeName(collection.name)}`;
      entries.push({ name: `${path}.bson`, content: Buffer.concat([...collection.documents]) });
      const metadata = {
        indexes: collection.indexes,
        collectionName: collection.name,
        type: 'collection',
      };
      entries.push({
        name: `${path}.metadata.json`,
        content: Buffer.from(EJSON.stringify(metadata, { relaxed: false })),
      });
      collections[`${database.name}.${collection.name}`] = collection.documents.length;
    }
  }
  const manifest: BackupManifest = {
    format: 'aneis-backup/1',
    createdAt: createdAt.toISOString(),
    source,
    collections,
  };
  entries.unshift(
    { name: 'README.txt', content: Buffer.from(readme) },
    { name: 'aneis-backup.json', content: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
  );
  return gzipSync(packTar(entries, createdAt));
}

/** Reads a backup back; a mongodump folder re-packed by hand (`tar czf x dump`) is fine too. */
export function decodeBackup(archive: Buffer): { data: ShopData; manifest?: BackupManifest } {
  const entries = unpackTar(gunzipSync(archive));
  const manifestEntry = entries.find((entry) => entry.name === 'aneis-backup.json');
  const databases = new Map<string, CollectionData[]>();
  for (const entry of entries) {
    const match = /^(?:\.\/)?dump\/([^/]+)\/([^/]+)\.bson$/.exec(entry.name);
    if (!match) continue;
    const [, dbName = '', collName = ''] = match;
    const metadataEntry = entries.find(
      (other) => other.name === entry.name.replace(/\.bson$/, '.metadata.json'),
    );
    const metadata = metadataEntry
      ? (EJSON.parse(metadataEntry.content.toString('utf8'), { relaxed: false }) as {
          indexes?: Record<string, unknown>[];
        })
      : {};
    const collections = databases.get(dbName) ?? [];
    collections.push({
      name: collName,
      documents: splitDocuments(entry.content, entry.name),
      indexes: metadata.indexes ?? [],
    });
    databases.set(dbName, collections);
  }
  if (databases.size === 0) throw new Error('the archive holds no dump/<db>/<collection>.bson');
  const data: ShopData = {
    databases: [...databases].map(([name, collections]): DatabaseData => ({ name, collections })),
  };
  return manifestEntry === undefined
    ? { data }
    : { data, manifest: JSON.parse(manifestEntry.content.toString('utf8')) as BackupManifest };
}

/** A .bson file is documents back to back, each led by its own length (int32, little-endian). */
function splitDocuments(bytes: Buffer, file: string): Buffer[] {
  const documents: Buffer[] = [];
  for (let offset = 0; offset < bytes.length;) {
    const size = offset + 4 <= bytes.length ? bytes.readInt32LE(offset) : 0;
    if (size < 5 || offset + size > bytes.length) {
      throw new Error(`${file} is damaged: a document at byte ${offset} runs past the end`);
    }
    documents.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return documents;
}

function safeName(name: string): string {
  if (name.includes('/') || name === '' || name.startsWith('.')) {
    throw new Error(`"${name}" cannot be a file name in a backup`);
  }
  return name;
}
