import { Schema } from 'mongoose';
import { useTestDatabase } from '../testing/test-database.js';
import { createMongoConnection, type MongoConnection } from './create-mongo-connection.js';

const db = useTestDatabase();

interface Ring {
  name: string;
  priceCents: number;
  stones: string[];
}

const ringSchema = new Schema<Ring>({
  name: { type: String, required: true },
  priceCents: { type: Number, required: true },
  stones: { type: [String], default: [] },
});

describe('createMongoConnection', () => {
  let mongo: MongoConnection;

  beforeEach(async () => {
    mongo = createMongoConnection({ uri: db.serverUri, dbName: db.dbName, embedded: db.embedded });
    await mongo.connect();
  });

  afterEach(async () => {
    await mongo.close();
  });

  it('when connected, then a model on the connection writes, reads, updates and deletes', async () => {
    const Ring = mongo.connection.model<Ring>('Ring', ringSchema);

    const created = await Ring.create({ name: 'Nenya', priceCents: 125_000, stones: ['adamant'] });
    const found = await Ring.findById(created._id).lean();
    expect(found).toMatchObject({ name: 'Nenya', priceCents: 125_000, stones: ['adamant'] });

    const updated = await Ring.findOneAndUpdate(
      { _id: created._id, priceCents: { $gte: 100_000 } },
      { $inc: { priceCents: -5_000 }, $push: { stones: 'mithril' } },
      { returnDocument: 'after' },
    ).lean();
    expect(updated).toMatchObject({ priceCents: 120_000, stones: ['adamant', 'mithril'] });

    await Ring.deleteOne({ _id: created._id });
    expect(await Ring.countDocuments()).toBe(0);
  });

  it('when connected, then it is ready and answers a ping', async () => {
    expect(mongo.isReady()).toBe(true);
    expect(await mongo.ping()).toBe(true);
  });

  it('when two connections exist, then their models do not leak into each other', async () => {
    const other = createMongoConnection({
      uri: db.serverUri,
      dbName: db.dbName,
      embedded: db.embedded,
    });
    try {
      mongo.connection.model<Ring>('Ring', ringSchema);
      expect(mongo.connection.modelNames()).toContain('Ring');
      expect(other.connection.modelNames()).not.toContain('Ring');
    } finally {
      await other.close();
    }
  });

  it('when closed, then it is no longer ready, a ping says false, and closing again is harmless', async () => {
    await mongo.close();

    expect(mongo.isReady()).toBe(false);
    expect(await mongo.ping()).toBe(false);
    await expect(mongo.close()).resolves.toBeUndefined();
  });

  it('when connect is called twice, then both calls share one connection', async () => {
    await Promise.all([mongo.connect(), mongo.connect()]);
    expect(mongo.isReady()).toBe(true);
  });
});
