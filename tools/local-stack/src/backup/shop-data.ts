import mongoose from 'mongoose';

const { MongoClient, BSON } = mongoose.mongo;
type Client = InstanceType<typeof MongoClient>;

/** One collection: its documents as the exact BSON bytes the server holds, and its indexes. */
export interface CollectionData {
  readonly name: string;
  readonly documents: readonly Buffer[];
  readonly indexes: readonly Record<string, unknown>[];
}

export interface DatabaseData {
  readonly name: string;
  readonly collections: readonly CollectionData[];
}

/** Everything the shop keeps: every database but the server's own. */
export interface ShopData {
  readonly databases: readonly DatabaseData[];
}

const serverDatabases = new Set(['admin', 'local', 'config']);

/** Reads every database, collection, document and index behind `uri`. */
export async function readShopData(uri: string): Promise<ShopData> {
  return withClient(uri, async (client) => {
    const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
    const result: DatabaseData[] = [];
    for (const { name } of databases) {
      if (serverDatabases.has(name)) continue;
      const db = client.db(name);
      const collections: CollectionData[] = [];
      const listed = await db.listCollections({}, { nameOnly: true }).toArray();
      for (const { name: collName } of listed.sort((a, b) => a.name.localeCompare(b.name))) {
        if (collName.startsWith('system.')) continue;
        const collection = db.collection(collName);
        // raw: the bytes as stored, so no type changes on the way (a double stays a double).
        const documents = (await collection
          .find({}, { raw: true })
          .toArray()) as unknown as Buffer[];
        const indexes = (await collection.listIndexes().toArray()) as Record<string, unknown>[];
        collections.push({ name: collName, documents, indexes });
      }
      result.push({ name, collections });
    }
    return { databases: result };
  });
}

/**
 * Makes each database of `data` exactly as it is there (dropped, then filled): documents in
 * batches, then the indexes. Databases not in `data` are left alone.
 */
export async function replaceShopData(uri: string, data: ShopData): Promise<number> {
  return withClient(uri, async (client) => {
    let documents = 0;
    for (const database of data.databases) {
      const db = client.db(database.name);
      await db.dropDatabase();
      for (const collection of database.collections) {
        await db.createCollection(collection.name);
        const target = db.collection(collection.name);
        for (let start = 0; start < collection.documents.length; start += 500) {
          const batch = collection.documents
            .slice(start, start + 500)
            .map((bytes) => BSON.deserialize(bytes, { promoteValues: false }));
          await target.insertMany(batch, { ordered: true });
        }
        const indexes = collection.indexes
          .filter((index) => index['name'] !== '_id_')
          .map(({ v: _version, ns: _namespace, ...spec }) => spec);
        if (indexes.length > 0) {
          await target.createIndexes(indexes as unknown as mongoose.mongo.IndexDescription[]);
        }
        documents += collection.documents.length;
      }
    }
    return documents;
  });
}

export function countDocuments(data: ShopData): number {
  return data.databases
    .flatMap((db) => db.collections)
    .reduce((sum, collection) => sum + collection.documents.length, 0);
}

async function withClient<T>(uri: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 });
  try {
    await client.connect();
    return await work(client);
  } finally {
    await client.close();
  }
}
