import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { startEmbeddedMongo } from '@aneis/data';
import mongoose from 'mongoose';
import { unpackTar } from '../src/backup/tar-archive.js';
import { workspaceRoot } from '../src/stack/workspace-root.js';

const { MongoClient, BSON, ObjectId, Decimal128 } = mongoose.mongo;
const run = promisify(execFile);
const root = workspaceRoot();
const built = existsSync(join(root, 'tools/local-stack/dist/backup.js'));

/** `npm run backup` / `npm run restore` without the build step in front. */
async function cli(script: 'backup' | 'restore', args: string[], dataDir: string) {
  const { MONGODB_URI: _shared, ...env } = process.env;
  return run(process.execPath, [join(root, `tools/local-stack/dist/${script}.js`), ...args], {
    cwd: root,
    env: { ...env, DATA_DIR: dataDir, LOCAL_DB_ENGINE: 'embedded' },
  });
}

/** Every collection's documents (canonical Extended JSON, by _id) and indexes. */
async function contentOf(dataDir: string): Promise<Record<string, unknown>> {
  const mongo = await startEmbeddedMongo({ dataDir, print: () => undefined });
  const client = new MongoClient(mongo.uri);
  try {
    const db = client.db('shop');
    const content: Record<string, unknown> = {};
    for (const { name } of await db.listCollections().toArray()) {
      const docs = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
      const indexes = (await db.collection(name).listIndexes().toArray()).map((i) => ({
        name: i['name'],
        key: i['key'],
        unique: i['unique'] === true,
      }));
      content[name] = { docs: BSON.EJSON.serialize(docs, { relaxed: false }), indexes };
    }
    return content;
  } finally {
    await client.close();
    await mongo.stop();
  }
}

describe.skipIf(!built)('npm run backup and npm run restore', () => {
  let folders: string[] = [];
  const folder = async (name: string) => {
    const made = await mkdtemp(join(tmpdir(), `aneis-${name}-`));
    folders.push(made);
    return made;
  };

  afterEach(async () => {
    for (const made of folders) await rm(made, { recursive: true, force: true });
    folders = [];
  });

  it('when a shop is backed up and restored into an empty data folder, then every document, type and index comes back, and the file is a mongodump folder in a tar.gz', async () => {
    const source = await folder('backup-source');
    const customer = new ObjectId();
    const seeded = await startEmbeddedMongo({ dataDir: source, print: () => undefined });
    const client = new MongoClient(seeded.uri);
    await client.connect();
    const shop = client.db('shop');
    await shop.collection('customers').insertOne({ _id: customer, email: 'ana@example.com' });
    await shop.collection('customers').createIndex({ email: 1 }, { unique: true });
    await shop.collection('orders').insertMany([
      {
        customer,
        placedAt: new Date('2026-05-01T10:00:00Z'),
        total: Decimal128.fromString('129.90'),
        lines: [{ sku: 'SDA-NOI-SOL-01', counts: 1, customizations: { size: '14' } }],
        note: null,
        paid: false,
      },
      {
        customer,
        placedAt: new Date('2026-05-02T11:30:00Z'),
        total: Decimal128.fromString('9.99'),
      },
    ]);
    await shop.collection('orders').createIndex({ customer: 1, placedAt: -1 });
    await client.close();
    await seeded.stop();
    const before = await contentOf(source);

    const file = join(await folder('backups'), 'shop.tar.gz');
    const backedUp = await cli('backup', ['--out', file], source);
    expect(backedUp.stdout).toContain(`Backed up 3 documents`);
    expect(backedUp.stdout).toContain(`npm run restore ${file}`);

    // What a real MongoDB reads (mongorestore --dir dump): <db>/<coll>.bson + .metadata.json.
    const entries = unpackTar(gunzipSync(await readFile(file)));
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'README.txt',
        'aneis-backup.json',
        'dump/shop/customers.bson',
        'dump/shop/customers.metadata.json',
        'dump/shop/orders.bson',
        'dump/shop/orders.metadata.json',
      ]),
    );
    const ordersBson = entries.find((e) => e.name === 'dump/shop/orders.bson')?.content;
    const firstLength = ordersBson?.readInt32LE(0) ?? 0;
    const first = BSON.deserialize(ordersBson?.subarray(0, firstLength) ?? Buffer.alloc(0));
    expect(first['total']).toBeInstanceOf(Decimal128);
    expect(first['placedAt']).toEqual(new Date('2026-05-01T10:00:00Z'));
    const metadata = BSON.EJSON.parse(
      entries.find((e) => e.name === 'dump/shop/customers.metadata.json')?.content.toString() ?? '',
    ) as { indexes: { name: string; unique?: boolean }[] };
    expect(metadata.indexes).toContainEqual(
      expect.objectContaining({ name: 'email_1', unique: true }),
    );

    const target = await folder('restore-target');
    const restored = await cli('restore', [file], target);
    expect(restored.stdout).toContain('Restored 3 documents');
    expect(await contentOf(target)).toEqual(before);
  }, 120_000);

  it('when a backup is restored over a shop, then the shop becomes exactly the backup, and what was there is saved first', async () => {
    const dataDir = await folder('restore-over');
    const mongo = await startEmbeddedMongo({ dataDir, print: () => undefined });
    const client = new MongoClient(mongo.uri);
    await client.db('shop').collection('orders').insertOne({ number: 1 });
    const file = join(await folder('backups'), 'one-order.tar.gz');
    await client.close();
    await mongo.stop();
    await cli('backup', ['--out', file], dataDir);

    const later = await startEmbeddedMongo({ dataDir, print: () => undefined });
    const laterClient = new MongoClient(later.uri);
    await laterClient.db('shop').collection('orders').insertOne({ number: 2 });
    await laterClient.close();
    await later.stop();

    const restored = await cli('restore', [file], dataDir);
    const content = (await contentOf(dataDir))['orders'] as { docs: { number: unknown }[] };
    expect(content.docs.map((doc) => doc.number)).toEqual([{ $numberInt: '1' }]);
    const saved = /saved in (\S+\.tar\.gz)/.exec(restored.stdout)?.[1] ?? '';
    expect(saved).toMatch(/backups\/aneis-before-restore-.*\.tar\.gz$/);
    const savedNames = unpackTar(gunzipSync(await readFile(saved))).map((e) => e.name);
    expect(savedNames).toContain('dump/shop/orders.bson');
    await rm(saved);
    expect(await readdir(dataDir)).not.toContain('local-stack.lock');
  }, 120_000);
});
