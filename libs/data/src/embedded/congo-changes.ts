import type { CongoBson, CongoStorage } from './congo-types.js';
import type { JournalChange } from './journal-record.js';

/**
 * Every way CongoDB's handlers change data goes through these storage methods (the bulk ones,
 * `insertMany` and `deleteByIds`, call the single ones through `this`). Wrapping them on the
 * instance reports each change, with the document as stored, the moment it is applied.
 */
export function captureChanges(
  storage: CongoStorage,
  report: (change: JournalChange) => void,
): void {
  const original = {
    insertOne: storage.insertOne.bind(storage),
    updateById: storage.updateById.bind(storage),
    deleteById: storage.deleteById.bind(storage),
    createCollection: storage.createCollection.bind(storage),
    dropCollection: storage.dropCollection.bind(storage),
    dropDatabase: storage.dropDatabase.bind(storage),
    renameCollection: storage.renameCollection.bind(storage),
    saveIndex: storage.saveIndex.bind(storage),
    dropIndex: storage.dropIndex.bind(storage),
    collectionExists: storage.collectionExists.bind(storage),
  };
  storage.insertOne = async (db, coll, doc) => {
    const stored = await original.insertOne(db, coll, doc);
    report({ op: 'put', db, coll, id: stored._id, doc: stored });
    return stored;
  };
  storage.updateById = async (db, coll, id, doc) => {
    const updated = await original.updateById(db, coll, id, doc);
    if (updated) report({ op: 'put', db, coll, id, doc });
    return updated;
  };
  storage.deleteById = async (db, coll, id) => {
    const deleted = await original.deleteById(db, coll, id);
    if (deleted) report({ op: 'delete', db, coll, id });
    return deleted;
  };
  storage.createCollection = async (db, coll) => {
    // Every insert and update calls this; only a collection that is new is worth a record.
    const existed = await original.collectionExists(db, coll);
    await original.createCollection(db, coll);
    if (!existed) report({ op: 'createCollection', db, coll });
  };
  storage.dropCollection = async (db, coll) => {
    const existed = await original.dropCollection(db, coll);
    if (existed) report({ op: 'dropCollection', db, coll });
    return existed;
  };
  storage.dropDatabase = async (db) => {
    const existed = await original.dropDatabase(db);
    if (existed) report({ op: 'dropDatabase', db });
    return existed;
  };
  storage.renameCollection = async (db, from, to) => {
    await original.renameCollection(db, from, to);
    report({ op: 'renameCollection', db, from, to });
  };
  storage.saveIndex = async (db, coll, name, spec) => {
    await original.saveIndex(db, coll, name, spec);
    report({ op: 'saveIndex', db, coll, name, spec: { ...spec } });
  };
  storage.dropIndex = async (db, coll, name) => {
    const dropped = await original.dropIndex(db, coll, name);
    if (dropped) report({ op: 'dropIndex', db, coll, name });
    return dropped;
  };
}

/**
 * Applies a journal record to the storage (before capture is installed). Each change sets its
 * target to a known state, so applying one that the snapshot already holds changes nothing.
 */
export async function applyChange(
  storage: CongoStorage,
  bson: CongoBson,
  change: JournalChange,
): Promise<void> {
  switch (change.op) {
    case 'put': {
      const id = new bson.ObjectId(change.id.toHexString());
      const doc = { ...change.doc, _id: id };
      if (!(await storage.updateById(change.db, change.coll, id, doc))) {
        await storage.insertOne(change.db, change.coll, doc);
      }
      return;
    }
    case 'delete':
      await storage.deleteById(change.db, change.coll, new bson.ObjectId(change.id.toHexString()));
      return;
    case 'createCollection':
      await storage.createCollection(change.db, change.coll);
      return;
    case 'dropCollection':
      await storage.dropCollection(change.db, change.coll);
      return;
    case 'dropDatabase':
      await storage.dropDatabase(change.db);
      return;
    case 'renameCollection':
      if (await storage.collectionExists(change.db, change.from)) {
        await storage.dropCollection(change.db, change.to);
        await storage.renameCollection(change.db, change.from, change.to);
      }
      return;
    case 'saveIndex':
      await storage.saveIndex(change.db, change.coll, change.name, change.spec);
      return;
    case 'dropIndex':
      await storage.dropIndex(change.db, change.coll, change.name);
      return;
  }
}
