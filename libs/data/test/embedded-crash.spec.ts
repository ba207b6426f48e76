import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import mongoose from 'mongoose';
import { startEmbeddedMongoProcess, type EmbeddedMongoProcess } from './embedded-mongo-process.js';

const { MongoClient, ObjectId } = mongoose.mongo;
type Id = InstanceType<typeof ObjectId>;

/**
 * What the clients were told is done. Only acknowledged writes count: a write still under way
 * when the process dies may or may not have happened, and both are right.
 */
class Acknowledged {
  readonly inserted = new Map<string, Id>();
  readonly deleted = new Set<string>();
  readonly deleting = new Set<string>();
  readonly counters = new Map<string, { id: Id; value: number }>();
  count = 0;
}

async function writeUntilKilled(
  uri: string,
  acked: Acknowledged,
  writer: number,
  killed: () => boolean,
): Promise<void> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2_000, retryWrites: false });
  const notes = client.db('shop').collection('notes');
  const counterId = acked.counters.get(`w${writer}`)?.id ?? new ObjectId();
  try {
    await client.connect();
    for (let seq = 1; !killed(); seq += 1) {
      if (seq % 7 === 0 && acked.inserted.size > 0) {
        const victim = [...acked.inserted.keys()][seq % acked.inserted.size] ?? '';
        if (acked.deleting.has(victim)) continue;
        acked.deleting.add(victim);
        await notes.deleteOne({ _id: acked.inserted.get(victim) });
        acked.deleted.add(victim);
      } else if (seq % 5 === 0) {
        await notes.updateOne({ _id: counterId }, { $set: { value: seq } }, { upsert: true });
        acked.counters.set(`w${writer}`, { id: counterId, value: seq });
      } else {
        const id = new ObjectId();
        await notes.insertOne({
          _id: id,
          writer,
          seq,
          at: new Date(),
          text: 'x'.repeat(seq % 300),
        });
        acked.inserted.set(id.toHexString(), id);
      }
      acked.count += 1;
    }
  } catch {
    // The database died under this write: its outcome is unknown, which the checks allow.
  } finally {
    await client.close(true).catch(() => undefined);
  }
}

async function expectEveryAcknowledgedWrite(uri: string, acked: Acknowledged): Promise<void> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5_000 });
  try {
    await client.connect();
    const notes = client.db('shop').collection('notes');
    const present = new Set(
      (await notes.find({}, { projection: { _id: 1 } }).toArray()).map((d) => String(d._id)),
    );
    const missing = [...acked.inserted.keys()].filter(
      (id) => !acked.deleting.has(id) && !present.has(id),
    );
    const resurrected = [...acked.deleted].filter((id) => present.has(id));
    expect(missing, 'acknowledged inserts lost').toEqual([]);
    expect(resurrected, 'acknowledged deletes undone').toEqual([]);
    for (const [writer, { id, value }] of acked.counters) {
      const doc = await notes.findOne({ _id: id });
      expect(doc?.['value'], `counter of ${writer}`).toBeGreaterThanOrEqual(value);
    }
  } finally {
    await client.close();
  }
}

describe('the embedded database, killed with SIGKILL', () => {
  let dataDir: string;
  let db: EmbeddedMongoProcess | undefined;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aneis-crash-'));
  });

  afterEach(async () => {
    await db?.kill();
    await rm(dataDir, { recursive: true, force: true });
  });

  // Kill after this many acknowledgements, then after this many ms: at once, mid-burst, during
  // a compaction (every 250 ms here), between group commits.
  const moments = [
    { acks: 1, waitMs: 0 },
    { acks: 12, waitMs: 0 },
    { acks: 40, waitMs: 3 },
    { acks: 150, waitMs: 20 },
    { acks: 5, waitMs: 1 },
    { acks: 90, waitMs: 9 },
  ];

  it('when killed at many moments right after acknowledged inserts, updates and deletes, then every one of them is there after each restart', async () => {
    const acked = new Acknowledged();
    for (const [round, moment] of moments.entries()) {
      const crashing = await startEmbeddedMongoProcess(dataDir, 250);
      db = crashing;
      await expectEveryAcknowledgedWrite(crashing.uri, acked);
      const target = acked.count + moment.acks;
      let killed = false;
      const writers = [1, 2, 3, 4].map((w) =>
        writeUntilKilled(crashing.uri, acked, w, () => killed),
      );
      while (acked.count < target) await delay(0);
      if (moment.waitMs > 0) await delay(moment.waitMs);
      await crashing.kill();
      killed = true;
      await Promise.all(writers);
      expect(crashing.printed(), `round ${round}`).not.toContain('NOTICE: The journal file');
    }
    const last = await startEmbeddedMongoProcess(dataDir);
    db = last;
    await expectEveryAcknowledgedWrite(last.uri, acked);
    await last.stop();
    expect(acked.inserted.size).toBeGreaterThan(150);
  }, 120_000);
});
