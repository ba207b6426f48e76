import { Schema } from 'mongoose';
import { startCongoServer, type StartedCongoServer } from '../engine/start-congo-server.js';
import { createMongoConnection, type MongoConnection } from './create-mongo-connection.js';

describe('when the database goes away and comes back', () => {
  let server: StartedCongoServer | undefined;
  let mongo: MongoConnection | undefined;

  afterEach(async () => {
    await mongo?.close();
    await server?.stop();
  });

  it('then ping and readiness turn false, and the same connection recovers without connect()', async () => {
    server = await startCongoServer();
    const { port } = server;
    mongo = createMongoConnection({
      uri: server.uri,
      dbName: 'reconnect',
      embedded: true,
      heartbeatFrequencyMS: 200,
      serverSelectionTimeoutMS: 1_000,
      pingTimeoutMs: 300,
    });
    await mongo.connect();
    const Note = mongo.connection.model('Note', new Schema({ text: String }));
    await Note.create({ text: 'before' });
    const connected = mongo;

    await server.stop();
    await vi.waitFor(
      async () => {
        expect(connected.isReady()).toBe(false);
        expect(await connected.ping()).toBe(false);
      },
      { timeout: 10_000, interval: 100 },
    );

    server = await startCongoServer({ port });
    await vi.waitFor(
      async () => {
        expect(await connected.ping()).toBe(true);
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(connected.isReady()).toBe(true);
    // The server restarted empty (memory storage), but the connection serves queries again.
    await Note.create({ text: 'after' });
    expect(await Note.countDocuments()).toBe(1);
  });
});
