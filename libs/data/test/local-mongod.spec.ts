import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { findMongodBinary } from '../src/engine/find-mongod-binary.js';
import { startLocalMongod, type LocalMongod } from '../src/engine/start-local-mongod.js';

const { MongoClient } = mongoose.mongo;

// A real mongod runs on developer machines and in GitHub Actions (mongodb-memory-server
// downloads one); this machine may have none, and then the test says so loudly.
const mongod = await findMongodBinary({ env: process.env, downloadCheckTimeoutMs: 2_000 });
if (!mongod.available) {
  console.warn(
    `\n!!! local mongod tests SKIPPED: no mongod can be had here (${mongod.notes.join('; ')}). ` +
      'They run where one can (MONGOMS_SYSTEM_BINARY, PATH, the cache, or a download). !!!\n',
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!mongod.available)('the local run on a real mongod', () => {
  let dataDir: string;
  let running: LocalMongod | undefined;
  let squatter: Server | undefined;
  const start = () =>
    startLocalMongod({
      dataDir,
      ...(mongod.available && mongod.systemBinary ? { systemBinary: mongod.systemBinary } : {}),
      startTimeoutMs: 120_000,
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aneis-mongod-'));
  });

  afterAll(async () => {
    await running?.stop();
    squatter?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('when acknowledged writes are made and mongod is killed with SIGKILL, then after a restart on another port they are there and unique indexes and transactions are real', async () => {
    running = await start();
    expect(running.replicaSet).toBe('initiated');
    expect(running.capabilities).toEqual({
      uniqueIndexes: true,
      ttlIndexes: true,
      transactions: true,
    });
    const first = new MongoClient(running.uri);
    const orders = first.db('shop').collection('orders');
    await orders.createIndex({ number: 1 }, { unique: true });
    for (let number = 1; number <= 50; number += 1) await orders.insertOne({ number });
    await first.close();

    const { pid, port } = running;
    process.kill(pid, 'SIGKILL');
    await vi.waitFor(() => expect(isAlive(pid)).toBe(false), { timeout: 10_000 });
    // The old port taken: the replica set must follow the member to its new address.
    squatter = createServer().listen(port, '127.0.0.1');
    running = await start();
    expect(running.port).not.toBe(port);
    expect(running.replicaSet).toBe('reconfigured');

    const second = new MongoClient(running.uri);
    try {
      const again = second.db('shop').collection('orders');
      expect(await again.countDocuments()).toBe(50);
      await expect(again.insertOne({ number: 7 })).rejects.toThrow(/E11000/);
      const session = second.startSession();
      await session.withTransaction(async () => {
        await again.insertOne({ number: 51 }, { session });
        await again.insertOne({ number: 52 }, { session });
      });
      await session.endSession();
      expect(await again.countDocuments()).toBe(52);
    } finally {
      await second.close();
    }
  }, 300_000);
});
