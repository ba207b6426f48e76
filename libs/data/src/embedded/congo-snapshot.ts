import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { congodb } from '@push.rocks/smartmongo';
import type { CongoStorage } from '../engine/start-congo-server.js';

/** CongoDB's own bson (v6): its storage only accepts values from that copy. */
export type CongoEjson = typeof congodb.plugins.bson.EJSON;

type StoredIndex = Awaited<ReturnType<CongoStorage['getIndexes']>>[number];
type StoredDocument = Awaited<ReturnType<CongoStorage['findAll']>>[number];

interface SnapshotCollection {
  documents: StoredDocument[];
  indexes: StoredIndex[];
}

const snapshotFormat = 'aneis-congodb-snapshot/1';

interface Snapshot {
  format: typeof snapshotFormat;
  databases: Record<string, Record<string, SnapshotCollection>>;
}

/**
 * Saves and restores a CongoDB's whole content as Extended JSON. CongoDB's built-in
 * persistence writes plain JSON, which turns every ObjectId reference and Date into a string
 * after a restart (so `{ customer: id }` or `{ createdAt: { $gte } }` stop matching); EJSON
 * keeps the BSON types.
 */
export class CongoSnapshot {
  private lastText: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly storage: CongoStorage,
    private readonly ejson: CongoEjson,
  ) {}

  /** Loads the file into the (empty) storage; returns how many documents it held. */
  async restore(): Promise<number> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    // Relaxed EJSON, like the wire protocol's defaults: numbers come back as JS numbers (the
    // query engine compares those), ObjectIds and Dates as BSON values.
    const snapshot = this.ejson.parse(text) as Snapshot;
    if (snapshot.format !== snapshotFormat) {
      throw new Error(`${this.file} is not a snapshot this version can read`);
    }
    let documents = 0;
    for (const [dbName, collections] of Object.entries(snapshot.databases)) {
      for (const [collName, collection] of Object.entries(collections)) {
        await this.storage.createCollection(dbName, collName);
        if (collection.documents.length > 0) {
          await this.storage.insertMany(dbName, collName, collection.documents);
        }
        for (const { name, ...spec } of collection.indexes) {
          if (name !== '_id_') await this.storage.saveIndex(dbName, collName, name, spec);
        }
        documents += collection.documents.length;
      }
    }
    this.lastText = text;
    return documents;
  }

  /** Writes the current content if it changed since the last write; one write at a time. */
  save(): Promise<void> {
    const next = this.queue.then(() => this.writeIfChanged());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async writeIfChanged(): Promise<void> {
    const text = this.ejson.stringify(await this.collect());
    if (text === this.lastText) return;
    await mkdir(dirname(this.file), { recursive: true });
    // Write then rename, so a crash mid-write leaves the previous snapshot intact.
    const partial = `${this.file}.partial`;
    await writeFile(partial, text, 'utf8');
    await rename(partial, this.file);
    this.lastText = text;
  }

  private async collect(): Promise<Snapshot> {
    const databases: Snapshot['databases'] = {};
    for (const dbName of await this.storage.listDatabases()) {
      const collections: Record<string, SnapshotCollection> = {};
      for (const collName of await this.storage.listCollections(dbName)) {
        collections[collName] = {
          documents: await this.storage.findAll(dbName, collName),
          indexes: await this.storage.getIndexes(dbName, collName),
        };
      }
      databases[dbName] = collections;
    }
    return { format: snapshotFormat, databases };
  }
}
