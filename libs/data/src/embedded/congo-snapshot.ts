import { readFile } from 'node:fs/promises';
import type { CongoEjson, CongoStorage, StoredDocument, StoredIndex } from './congo-types.js';
import { replaceFileDurably } from './durable-file.js';
import { checksumOf } from './journal-record.js';

interface SnapshotCollection {
  documents: StoredDocument[];
  indexes: StoredIndex[];
}

export type SnapshotDatabases = Record<string, Record<string, SnapshotCollection>>;

/** The whole database as of journal record `lsn` (0: before any record). */
export interface Snapshot {
  readonly lsn: number;
  readonly databases: SnapshotDatabases;
}

export type SnapshotRead =
  | { readonly state: 'missing' }
  | { readonly state: 'damaged'; readonly reason: string }
  | { readonly state: 'ok'; readonly snapshot: Snapshot; readonly savedAt: string | undefined };

const currentFormat = 'aneis-congodb-snapshot/2';
/** Written before the journal existed: one EJSON object, no checksum, no record number. */
const firstFormat = 'aneis-congodb-snapshot/1';

interface Header {
  format: typeof currentFormat;
  lsn: number;
  savedAt: string;
  bytes: number;
  crc32: string;
}

/**
 * A snapshot is a header line (format, record number, length and checksum of the rest) and
 * the content as Extended JSON, which keeps ObjectIds and Dates as such (CongoDB's own
 * persistence writes plain JSON and turns them into strings). Checked whole when read, so a
 * damaged file is recognised as such rather than restored as half a shop.
 */
export function encodeSnapshot(ejson: CongoEjson, snapshot: Snapshot): string {
  const body = ejson.stringify({ databases: snapshot.databases });
  const header: Header = {
    format: currentFormat,
    lsn: snapshot.lsn,
    savedAt: new Date().toISOString(),
    bytes: Buffer.byteLength(body),
    crc32: checksumOf(body),
  };
  return `${JSON.stringify(header)}\n${body}`;
}

export async function readSnapshot(file: string, ejson: CongoEjson): Promise<SnapshotRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  try {
    return decodeSnapshot(ejson, text);
  } catch (error) {
    return { state: 'damaged', reason: error instanceof Error ? error.message : String(error) };
  }
}

function decodeSnapshot(ejson: CongoEjson, text: string): SnapshotRead {
  const newline = text.indexOf('\n');
  const firstLine = newline === -1 ? text : text.slice(0, newline);
  if (firstLine.includes(currentFormat)) {
    const header = JSON.parse(firstLine) as Header;
    const body = text.slice(newline + 1);
    if (Buffer.byteLength(body) !== header.bytes) {
      return {
        state: 'damaged',
        reason: `it holds ${Buffer.byteLength(body)} bytes of data where its header says ${header.bytes}`,
      };
    }
    if (checksumOf(body) !== header.crc32) {
      return { state: 'damaged', reason: 'its checksum does not match its content' };
    }
    // Relaxed EJSON, like the wire protocol's defaults: numbers come back as JS numbers (the
    // query engine compares those), ObjectIds and Dates as BSON values.
    const { databases } = ejson.parse(body) as { databases: SnapshotDatabases };
    return { state: 'ok', snapshot: { lsn: header.lsn, databases }, savedAt: header.savedAt };
  }
  const old = ejson.parse(text) as { format?: string; databases?: SnapshotDatabases };
  if (old.format !== firstFormat || old.databases === undefined) {
    return { state: 'damaged', reason: 'it is not a snapshot this version can read' };
  }
  return { state: 'ok', snapshot: { lsn: 0, databases: old.databases }, savedAt: undefined };
}

/** Writes an encoded snapshot atomically, keeping the one it replaces as `previousFile`. */
export async function writeSnapshot(
  file: string,
  previousFile: string,
  text: string,
): Promise<void> {
  await replaceFileDurably(file, text, { keepPreviousAs: previousFile });
}

/** Reads the storage whole. The caller keeps commands out meanwhile, so it is one moment's state. */
export async function collectSnapshot(storage: CongoStorage, lsn: number): Promise<Snapshot> {
  const databases: SnapshotDatabases = {};
  for (const dbName of await storage.listDatabases()) {
    const collections: Record<string, SnapshotCollection> = {};
    for (const collName of await storage.listCollections(dbName)) {
      collections[collName] = {
        documents: await storage.findAll(dbName, collName),
        // Copied: the storage edits its index list in place.
        indexes: (await storage.getIndexes(dbName, collName)).map((index) => ({ ...index })),
      };
    }
    databases[dbName] = collections;
  }
  return { lsn, databases };
}

/** Loads a snapshot into an empty storage. */
export async function loadSnapshot(storage: CongoStorage, snapshot: Snapshot): Promise<void> {
  for (const [dbName, collections] of Object.entries(snapshot.databases)) {
    for (const [collName, collection] of Object.entries(collections)) {
      await storage.createCollection(dbName, collName);
      if (collection.documents.length > 0) {
        await storage.insertMany(dbName, collName, collection.documents);
      }
      for (const { name, ...spec } of collection.indexes) {
        if (name !== '_id_') await storage.saveIndex(dbName, collName, name, spec);
      }
    }
  }
}
