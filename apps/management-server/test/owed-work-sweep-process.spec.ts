import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { useTestDatabase } from '@aneis/data/testing';
import { readOutbox } from '@aneis/mail';
import {
  insertOrder,
  insertProduct,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';
import {
  commonTestEnv,
  freePort,
  startTestServer,
  type TestServer,
} from './support/test-server.js';

/*
 * The sweep as shipped: the built server, started as `node dist/main.js` with
 * OWED_WORK_SWEEP_MS, finishes a shopper's mail another instance (whose mail is down) left owed,
 * while both keep running.
 */
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const db = useTestDatabase();
let other: TestServer;
let fixture: CatalogFixture;
let cookie: string;
let workDir: string;
let sweeping: ServerProcess | undefined;

beforeAll(async () => {
  other = await startTestServer(db);
  fixture = await seedCatalogBasics(other);
  const admin = await other.createAdmin(['ORDER_MANAGE']);
  cookie = await other.sessionFor(admin.id);
  workDir = await mkdtemp(path.join(tmpdir(), 'mgmt-sweep-process-'));
});
afterAll(async () => {
  await sweeping?.kill();
  await other.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('the owed-work sweep in the running server process', () => {
  it('when an instance whose mail is down leaves a cancellation mail owed, then the built server started with OWED_WORK_SWEEP_MS sends it while running, and logs it', async () => {
    const env = commonTestEnv(workDir);
    sweeping = await startServerProcess(
      {
        ...env,
        LOG_LEVEL: 'info',
        MONGODB_URI: db.uri,
        REDIS_URL,
        // Under the other server's prefix, so its close removes these keys too.
        REDIS_KEY_PREFIX: `${other.prefix}process:`,
        SHOPPING_REDIS_KEY_PREFIX: other.shoppingPrefix,
        OWED_WORK_SWEEP_MS: '1000',
      },
      await freePort(),
    );
    const productId = await insertProduct(other, fixture, { stock: 1 });
    const { orderId } = await insertOrder(other, fixture, {
      status: 'CONFIRMED',
      payment: 'BANK_TRANSFER',
      paid: true,
      userEmail: 'sweep-process@example.com',
      lines: [{ productId, counts: 1, unitCents: 3_000, reservedStock: 1 }],
      lineStatuses: ['PROCESSING'],
    });
    // The other instance's mail is down: its outbox folder is a plain file.
    await rm(other.outboxDir, { recursive: true, force: true });
    await writeFile(other.outboxDir, 'not a folder');
    await other.http
      .post('/orders/cancelOrder')
      .set('Cookie', cookie)
      .send({ orderId, reason: 'Cliente desistiu' })
      .expect(200);
    const owed = await other.services.shop.Order.findById(orderId).select('+pendingEffects').lean();
    expect(owed?.pendingEffects?.map((effect) => effect.kind)).toEqual(['mail']);

    const outboxDir = env['MAIL_OUTBOX_DIR'] ?? '';
    const deadline = Date.now() + 30_000;
    let mails: Awaited<ReturnType<typeof readOutbox>> = [];
    while (mails.length === 0 && Date.now() < deadline) {
      await delay(100);
      mails = (await readOutbox(outboxDir).catch(() => [])).filter(
        (mail) => mail.data['order_id'] === orderId,
      );
    }
    expect(mails.map((mail) => [mail.template, mail.data['event'], mail.to])).toEqual([
      ['order_status_changed', 'cancelled', 'sweep-process@example.com'],
    ]);
    const done = await other.services.shop.Order.findById(orderId).select('+pendingEffects').lean();
    expect(done?.pendingEffects ?? []).toEqual([]);
    expect(sweeping.printed()).toContain('owed order work finished by sweep');
  }, 90_000);
});
