import mongoose from 'mongoose';
import { inject } from 'vitest';
import { createMongoConnection } from '../connection/create-mongo-connection.js';
import { createTestDatabaseName, engineLacks, useTestDatabase } from './test-database.js';

const databasesAfterDrop: { names?: string[] } = {};

// Registered before useTestDatabase's own afterAll, so (hooks run as a stack) it runs after
// the drop and can check it.
afterAll(async () => {
  const client = new mongoose.mongo.MongoClient(inject('mongoUri'));
  try {
    const { databases } = await client.db('admin').admin().listDatabases();
    databasesAfterDrop.names = databases.map((database) => database.name);
  } finally {
    await client.close();
  }
  expect(databasesAfterDrop.names).not.toContain(db.dbName);
});

const db = useTestDatabase();

describe('the vitest global setup and useTestDatabase', () => {
  it('when a test file asks, then it gets the run’s server from inject and a database of its own', () => {
    const engine = inject('mongoEngine');

    expect(inject('mongoUri')).toBe(engine.uri);
    expect(['external', 'mongodb-memory-server', 'congodb']).toContain(engine.engine);
    expect(db.serverUri).toBe(engine.uri);
    expect(db.dbName).toMatch(/^test_test-database_[0-9a-f]{8}$/);
    expect(db.uri).toContain(`/${db.dbName}`);
  });

  it('when code connects with the file’s URI, then it writes into the file’s database', async () => {
    const mongo = createMongoConnection({ uri: db.uri, embedded: db.embedded });
    await mongo.connect();
    try {
      expect(mongo.connection.db?.databaseName).toBe(db.dbName);
      await mongo.connection.db?.collection('probe').insertOne({ ok: true });
      expect(await mongo.connection.db?.collection('probe').countDocuments()).toBe(1);
      const { databases } = (await mongo.connection.db?.admin().listDatabases()) ?? {
        databases: [],
      };
      expect(databases.map((database) => database.name)).toContain(db.dbName);
    } finally {
      await mongo.close();
    }
  });

  it('when the engine lacks a capability, then engineLacks says so loudly', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const lacks = engineLacks(
        {
          engine: 'congodb',
          capabilities: { uniqueIndexes: false, transactions: false, ttlIndexes: false },
        },
        'uniqueIndexes',
        'duplicate e-mails are refused',
      );
      expect(lacks).toBe(true);
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('SKIPPED "duplicate e-mails are refused"'),
      );
    } finally {
      warn.mockRestore();
    }
  });
});

describe('createTestDatabaseName', () => {
  it('when called twice with a label, then names differ and are valid MongoDB names', () => {
    const first = createTestDatabaseName('orders spec/with.odd$chars');
    const second = createTestDatabaseName('orders spec/with.odd$chars');

    expect(first).not.toBe(second);
    expect(first).toMatch(/^test_orders_spec_with_odd_chars_[0-9a-f]{8}$/);
    expect(createTestDatabaseName('x'.repeat(200)).length).toBeLessThan(64);
  });
});
