import { startCongoServer, type StartedCongoServer } from './start-congo-server.js';
import { resolveMongoEngine } from './resolve-mongo-engine.js';
import { createMongoConnection } from '../connection/create-mongo-connection.js';

describe('resolveMongoEngine', () => {
  let server: StartedCongoServer | undefined;

  afterEach(async () => {
    await server?.stop();
  });

  it('when MONGODB_URI is set, then that server is used, the engine is printed once, and a CongoDB behind it is recognised', async () => {
    server = await startCongoServer();
    const plainUri = `mongodb://127.0.0.1:${server.port}/`;
    const printed: string[] = [];
    const print = (line: string) => printed.push(line);

    const first = await resolveMongoEngine({ env: { MONGODB_URI: plainUri }, print });
    const second = await resolveMongoEngine({ env: { MONGODB_URI: plainUri }, print });

    expect(first.engine).toBe('external');
    expect(first.uri).toBe(`${plainUri}?serverMonitoringMode=poll`);
    expect(first.embedded).toBe(true);
    expect(first.capabilities).toEqual({
      uniqueIndexes: false,
      transactions: false,
      ttlIndexes: false,
    });
    expect(second.engine).toBe('external');
    expect(printed).toEqual([
      `[test-db] MongoDB engine: external (MONGODB_URI=${plainUri}; the server identifies itself as CongoDB)`,
    ]);

    const mongo = createMongoConnection({ uri: first.uri, dbName: 'resolver' });
    await mongo.connect();
    expect(await mongo.ping()).toBe(true);
    await mongo.close();
    // Stopping an external engine leaves the server alone.
    await first.stop();
    expect(server.port).toBeGreaterThan(0);
  });

  it('when MONGODB_URI has credentials, then the printed line hides them', async () => {
    server = await startCongoServer();
    const printed: string[] = [];

    await resolveMongoEngine({
      env: { MONGODB_URI: `mongodb://shop:hunter2@127.0.0.1:${server.port}/` },
      print: (line) => printed.push(line),
    });

    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(`MONGODB_URI=mongodb://***@127.0.0.1:${server.port}/`);
    expect(printed[0]).not.toContain('hunter2');
  });

  it('when no MONGODB_URI and no mongod can be had, then an embedded CongoDB is started and says why', async () => {
    const printed: string[] = [];

    const engine = await resolveMongoEngine({
      env: { PATH: '', MONGOMS_RUNTIME_DOWNLOAD: 'false' },
      print: (line) => printed.push(line),
    });
    try {
      // A developer machine with a cached mongod legitimately gets the real thing instead.
      if (engine.engine === 'mongodb-memory-server') return;
      expect(engine.engine).toBe('congodb');
      expect(engine.embedded).toBe(true);
      expect(engine.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/\?serverMonitoringMode=poll$/);
      expect(printed).toHaveLength(1);
      expect(printed[0]).toMatch(/^\[test-db\] MongoDB engine: congodb \(embedded wire server at /);
      expect(printed[0]).toContain('no mongod on PATH');
      expect(printed[0]).toContain('download disabled by MONGOMS_RUNTIME_DOWNLOAD');
    } finally {
      await engine.stop();
    }
  });
});
