import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Schema, Types } from 'mongoose';
import {
  createMongoConnection,
  type MongoConnection,
} from '../connection/create-mongo-connection.js';
import { startEmbeddedMongo, type EmbeddedMongo } from './start-embedded-mongo.js';

interface Order {
  customer: Types.ObjectId;
  placedAt: Date;
  totalCents: number;
}

const orderSchema = new Schema<Order>({
  customer: { type: Schema.Types.ObjectId, required: true, index: true },
  placedAt: { type: Date, required: true },
  totalCents: { type: Number, required: true },
});

async function connectTo(mongo: EmbeddedMongo): Promise<MongoConnection> {
  const connection = createMongoConnection({
    uri: mongo.uri,
    dbName: 'shop',
    embedded: mongo.embedded,
  });
  await connection.connect();
  return connection;
}

describe('startEmbeddedMongo', () => {
  let dataDir: string;
  let mongo: EmbeddedMongo | undefined;
  let connection: MongoConnection | undefined;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aneis-data-'));
  });

  afterEach(async () => {
    await connection?.close();
    await mongo?.stop();
    connection = undefined;
    mongo = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('when data is written, the server stopped and started again on the same folder, then the data and its types are still there', async () => {
    const printed: string[] = [];
    mongo = await startEmbeddedMongo({ dataDir, print: (line) => printed.push(line) });
    connection = await connectTo(mongo);
    const customer = new Types.ObjectId();
    const placedAt = new Date('2026-03-01T10:00:00Z');
    await connection.connection
      .model<Order>('Order', orderSchema)
      .create({ customer, placedAt, totalCents: 4_990 });
    await connection.close();
    await mongo.stop();

    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(`data in ${join(dataDir, 'mongo')}, every write synced`);
    expect(printed[0]).toContain('0 documents restored');

    printed.length = 0;
    mongo = await startEmbeddedMongo({ dataDir, print: (line) => printed.push(line) });
    connection = await connectTo(mongo);
    const Order = connection.connection.model<Order>('Order', orderSchema);

    expect(printed[0]).toContain('1 document restored');
    // Queries by ObjectId reference and by date only match when the BSON types survived.
    expect(await Order.countDocuments({ customer })).toBe(1);
    expect(await Order.countDocuments({ placedAt: { $gte: new Date('2026-01-01') } })).toBe(1);
    expect(await Order.countDocuments({ totalCents: { $gt: 4_000 } })).toBe(1);
    const indexes = await Order.collection.indexes();
    expect(indexes.map((index) => index.name)).toContain('customer_1');
  });

  it('when nothing changed since the last compaction, then the snapshot file is not rewritten', async () => {
    mongo = await startEmbeddedMongo({ dataDir, print: () => undefined });
    connection = await connectTo(mongo);
    await connection.connection.db?.collection('notes').insertOne({ text: 'kept' });
    await mongo.save();
    const file = mongo.snapshotFile ?? '';
    const first = await readFile(file, 'utf8');

    await mongo.save();

    expect(await readFile(file, 'utf8')).toBe(first);
    expect(first).toContain('"$oid"');
  });

  it('when no data folder is given, then the data lives in memory only and the start-up line says so', async () => {
    const printed: string[] = [];
    mongo = await startEmbeddedMongo({ print: (line) => printed.push(line) });

    expect(mongo.snapshotFile).toBeUndefined();
    expect(printed[0]).toMatch(
      /^\[local-db\] MongoDB engine: congodb \(embedded wire server at .*; data in memory only, lost on stop\)$/,
    );
  });
});
