import { existsSync } from 'node:fs';
import {
  appendFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { DurableCongoData } from '../src/embedded/durable-congo-data.js';
import { DamagedDataError } from '../src/embedded/recover-congo-data.js';
import { startCongoServer } from '../src/engine/start-congo-server.js';
import { startEmbeddedMongo, type EmbeddedMongo } from '../src/embedded/start-embedded-mongo.js';
import { startEmbeddedMongoProcess } from './embedded-mongo-process.js';

const { MongoClient } = mongoose.mongo;

async function withClient<T>(
  uri: string,
  work: (notes: mongoose.mongo.Collection) => Promise<T>,
): Promise<T> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5_000 });
  try {
    await client.connect();
    return await work(client.db('shop').collection('notes'));
  } finally {
    await client.close();
  }
}

const insertNumbered = (uri: string, from: number, to: number) =>
  withClient(uri, async (notes) => {
    for (let n = from; n <= to; n += 1) await notes.insertOne({ n, at: new Date() });
  });

const numbersIn = (uri: string) =>
  withClient(uri, async (notes) =>
    (await notes.find({}).sort({ n: 1 }).toArray()).map((doc) => doc['n'] as number),
  );

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the embedded database, started on damaged files', () => {
  let dataDir: string;
  let folder: string;
  let mongo: EmbeddedMongo | undefined;
  let stopServer: (() => Promise<void>) | undefined;
  const printed: string[] = [];
  const start = async () => {
    printed.length = 0;
    mongo = await startEmbeddedMongo({ dataDir, print: (line) => printed.push(line) });
    return mongo.uri;
  };
  const restart = async () => {
    await mongo?.stop();
    return start();
  };
  const notices = () => printed.filter((line) => line.includes('NOTICE'));
  const journalFiles = async () =>
    (await readdir(folder)).filter((name) => /^journal-\d+\.log$/.test(name)).sort();

  /** Ten acknowledged inserts, then the process killed: all ten live in the journal only. */
  async function crashAfterTenInserts(): Promise<void> {
    const db = await startEmbeddedMongoProcess(dataDir);
    try {
      await insertNumbered(db.uri, 1, 10);
    } finally {
      await db.kill();
    }
  }

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aneis-damage-'));
    folder = join(dataDir, 'mongo');
  });

  afterEach(async () => {
    await mongo?.stop();
    await stopServer?.();
    mongo = undefined;
    stopServer = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('when the last journal record was cut short by the crash, then it is dropped with a notice and everything before it is there', async () => {
    await crashAfterTenInserts();
    const [segment = ''] = await journalFiles();
    const whole = (await stat(join(folder, segment))).size;
    await appendFile(join(folder, segment), '1f2e3d4c {"lsn":99,"op":"put","db":"sh');

    expect(await numbersIn(await start())).toEqual(range(1, 10));
    expect(notices().join('\n')).toMatch(/last journal record .* was unfinished.*dropped/);
    expect((await stat(join(folder, segment))).size).toBe(whole);

    expect(await numbersIn(await restart())).toEqual(range(1, 10));
    expect(notices()).toEqual([]);
  });

  it('when a journal record in the middle is damaged, then the shop is restored up to it, the loss is stated, and the damaged file is kept', async () => {
    await crashAfterTenInserts();
    const [segment = ''] = await journalFiles();
    const lines = (await readFile(join(folder, segment), 'utf8')).split('\n');
    // Line 1 creates the collection, line 1 + n inserts n: damage the 6th insert.
    lines[6] = (lines[6] ?? '').replace('"n":6', '"n":7');
    await writeFile(join(folder, segment), lines.join('\n'));

    expect(await numbersIn(await start())).toEqual(range(1, 5));
    expect(notices().join('\n')).toContain(
      `The journal file ${segment} is damaged at line 7 (checksum mismatch)`,
    );
    expect(notices().join('\n')).toContain('the 4 later changes are NOT restored');
    expect((await readdir(folder)).some((name) => name.startsWith(`${segment}.damaged-`))).toBe(
      true,
    );

    // Settled: later starts are clean, and new writes are kept as usual.
    await insertNumbered(mongo?.uri ?? '', 20, 21);
    expect(await numbersIn(await restart())).toEqual([...range(1, 5), 20, 21]);
    expect(notices()).toEqual([]);
  });

  it('when the snapshot is damaged, then the previous one and the journal after it give back every change', async () => {
    await insertNumbered(await start(), 1, 5);
    await insertNumbered(await restart(), 6, 10);
    await mongo?.stop();
    mongo = undefined;
    const snapshot = join(folder, 'congodb.ejson');
    const text = await readFile(snapshot, 'utf8');
    await writeFile(snapshot, text.slice(0, text.length / 2));

    expect(await numbersIn(await start())).toEqual(range(1, 10));
    expect(notices().join('\n')).toContain('The snapshot congodb.ejson is damaged');
    expect(notices().join('\n')).toContain('congodb.previous.ejson, and the journal after it');
    expect((await readdir(folder)).some((name) => name.startsWith('congodb.ejson.damaged-'))).toBe(
      true,
    );
  });

  it('when the snapshot is damaged and no older copy covers the journal, then the start is refused instead of showing an empty shop', async () => {
    await insertNumbered(await start(), 1, 5);
    await insertNumbered(await restart(), 6, 10);
    await mongo?.stop();
    mongo = undefined;
    await writeFile(join(folder, 'congodb.ejson'), '{"format":"aneis-congodb-snapshot/2","lsn":');
    await rm(join(folder, 'congodb.previous.ejson'));

    const refused = await startEmbeddedMongo({ dataDir, print: () => undefined }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DamagedDataError);
    expect((refused as Error).message).toContain('Refusing to start with an empty shop');
    // Nothing was touched: the files are there for whoever repairs them.
    expect(existsSync(join(folder, 'congodb.ejson'))).toBe(true);
  });

  it('when the data folder holds a snapshot written before the journal existed, then its data is restored', async () => {
    const oid = '65a1b2c3d4e5f60718293a4b';
    await writeFile(
      join(await mkdir(folder, { recursive: true }).then(() => folder), 'congodb.ejson'),
      JSON.stringify({
        format: 'aneis-congodb-snapshot/1',
        databases: {
          shop: {
            notes: {
              documents: [{ _id: { $oid: oid }, n: 1, at: { $date: '2026-01-01T00:00:00Z' } }],
              indexes: [{ name: '_id_', key: { _id: 1 }, unique: true }],
            },
          },
        },
      }),
    );
    const uri = await start();
    expect(await numbersIn(uri)).toEqual([1]);
    expect(
      await withClient(uri, (notes) => notes.countDocuments({ at: { $lt: new Date() } })),
    ).toBe(1);
  });

  it.runIf(process.platform === 'linux' && existsSync('/dev/full'))(
    'when the journal cannot be written (disk full), then the write is refused with the reason and so is every later command',
    async () => {
      await mkdir(folder, { recursive: true });
      // The segment the journal opens first is the device that answers every write "disk full".
      await symlink('/dev/full', join(folder, 'journal-000000000001.log'));
      const { congodb } = await import('@push.rocks/smartmongo');
      const failures: Error[] = [];
      const server = await startCongoServer({
        prepare: async (storage, congoServer) => {
          const data = await DurableCongoData.attach(
            congoServer,
            storage,
            congodb.plugins.bson,
            {
              documents: 0,
              snapshotLsn: 0,
              snapshotSavedAt: undefined,
              replayed: 0,
              lastLsn: 0,
              notices: [],
            },
            folder,
            { onJournalFailure: (error) => failures.push(error) },
          );
          return () => data.abandon();
        },
      });
      stopServer = () => server.stop();
      const uri = server.uri;
      const failure = await withClient(uri, (notes) => notes.insertOne({ n: 1 })).catch(
        (error: unknown) => error as Error,
      );
      expect(String(failure)).toMatch(/could not write its journal to disk \(ENOSPC/);
      const later = await withClient(uri, (notes) => notes.countDocuments()).catch(
        (error: unknown) => error as Error,
      );
      expect(String(later)).toContain('no further command is accepted');
      expect(failures.map((error) => error.message)).toEqual([expect.stringMatching(/^ENOSPC/)]);
    },
  );
});
