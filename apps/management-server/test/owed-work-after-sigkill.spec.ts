import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import {
  auditEntryModel,
  createMongoConnection,
  registerModels,
  startEmbeddedMongo,
  type EmbeddedMongo,
  type MongoConnection,
  type ShopModels,
} from '@aneis/data';
import { readOutbox } from '@aneis/mail';
import { startStripeStandIn } from '@aneis/testing';
import { Redis } from 'ioredis';
import {
  insertOrder,
  insertProduct,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { insertDeliveredOrder } from './support/refund-fixtures.js';
import {
  killDuringStart,
  startServerProcess,
  type ServerProcess,
} from './support/server-process.js';
import { commonTestEnv, freePort, type TestServer } from './support/test-server.js';

/*
 * A cancellation or return owes work after its order write: units back into stock, the card
 * refund at Stripe, the shopper's mail, the audit entry. Here the real built server runs as a
 * child process on the durable embedded database; managers cancel and return several card and
 * bank-transfer orders while the process is SIGKILLed at a random moment (and sometimes killed
 * again while it starts up and finishes what was owed); after the restart every change the
 * database holds must have had all its work done exactly once, and every other order none.
 * The seed is printed: KILL_SEED=<seed> replays a failing run.
 */
const ROUNDS = 3;
const ORDERS_PER_ROUND = 8;
const STOCK = 5;
const UNITS = 2;
const UNIT_CENTS = 4_500;
const TOTAL = UNITS * UNIT_CENTS;
const STRIPE_KEY = 'sk_test_owed_work_sigkill';
const ADMIN = { email: 'kill-test@example.com', password: 'kill-test-password-1' };
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

const seed = Number(process.env['KILL_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: small, seeded, good enough to pick moments. */
function seededRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Kind = 'card-cancel' | 'transfer-cancel' | 'card-return' | 'transfer-return';
const KINDS: Kind[] = ['card-cancel', 'transfer-cancel', 'card-return', 'transfer-return'];

interface Case {
  kind: Kind;
  orderId: string;
  lineId: string;
  productId: string;
  intentId?: string;
  acknowledged: boolean;
}

let workDir: string;
let database: EmbeddedMongo;
let mongo: MongoConnection;
let shop: ShopModels;
let stripe: Awaited<ReturnType<typeof startStripeStandIn>>;
let redis: Redis;
let fixture: CatalogFixture;
let env: Record<string, string>;
let port: number;
let prefix: string;
/** The server process now running, killed after the test even when it fails half-way. */
let live: ServerProcess | undefined;

beforeAll(async () => {
  console.info(`[owed-work-after-sigkill] KILL_SEED=${seed}`);
  workDir = await mkdtemp(path.join(tmpdir(), 'mgmt-sigkill-'));
  database = await startEmbeddedMongo({ dataDir: workDir, print: () => undefined });
  const uri = database.uri.replace('/?', '/aneis_sigkill?');
  mongo = createMongoConnection({ uri, embedded: true });
  await mongo.connect();
  shop = registerModels(mongo.connection);
  // The shared fixtures only use a server's models.
  fixture = await seedCatalogBasics(asFixtureServer());
  stripe = await startStripeStandIn(STRIPE_KEY);
  redis = new Redis(REDIS_URL);
  prefix = `test:${randomUUID()}:`;
  port = await freePort();
  env = {
    ...commonTestEnv(workDir),
    LOG_LEVEL: 'info',
    MONGODB_URI: uri,
    REDIS_URL,
    REDIS_KEY_PREFIX: `${prefix}mgmt:`,
    SHOPPING_REDIS_KEY_PREFIX: `${prefix}shop:`,
    STRIPE_SECRET_KEY: STRIPE_KEY,
    STRIPE_API_BASE: stripe.url,
    SEED_ADMIN_EMAIL: ADMIN.email,
    SEED_ADMIN_PASSWORD: ADMIN.password,
  };
});

afterAll(async () => {
  await live?.kill();
  await mongo?.close();
  await database?.stop();
  await stripe?.close();
  if (redis) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
    redis.disconnect();
  }
  await rm(workDir, { recursive: true, force: true });
});

function asFixtureServer(): TestServer {
  return { services: { shop } } as unknown as TestServer;
}

async function login(server: ServerProcess): Promise<string> {
  const res = await fetch(`${server.url}/security/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

/** One order of `kind`, its own product holding STOCK units; UNITS to come back. */
async function prepare(kind: Kind): Promise<Case> {
  const server = asFixtureServer();
  const productId = await insertProduct(server, fixture, { stock: STOCK });
  const card = kind.startsWith('card');
  const intentId = card ? stripe.paidIntent(TOTAL).id : undefined;
  const payment = card ? ('STRIPE' as const) : ('BANK_TRANSFER' as const);
  const placed = kind.endsWith('return')
    ? await insertDeliveredOrder(server, fixture, productId, {
        counts: UNITS,
        unitCents: UNIT_CENTS,
        payment,
        ...(intentId ? { paymentId: intentId } : {}),
      })
    : await insertOrder(server, fixture, {
        status: 'CONFIRMED',
        payment,
        paid: true,
        userEmail: 'buyer@example.com',
        ...(intentId ? { paymentId: intentId } : {}),
        lines: [{ productId, counts: UNITS, unitCents: UNIT_CENTS, reservedStock: UNITS }],
        lineStatuses: ['PROCESSING'],
      });
  return {
    kind,
    orderId: placed.orderId,
    lineId: placed.lineIds[0] ?? '',
    productId,
    ...(intentId ? { intentId } : {}),
    acknowledged: false,
  };
}

/** The manager's request; `acknowledged` only when the server answered 200. */
async function fire(server: ServerProcess, cookie: string, item: Case, atMs: number) {
  await delay(atMs);
  const [route, body] = item.kind.endsWith('return')
    ? [
        'returnOrderLine',
        { orderId: item.orderId, cartItemId: item.lineId, quantity: UNITS, reason: 'Tamanho' },
      ]
    : ['cancelOrder', { orderId: item.orderId, reason: 'Cliente desistiu' }];
  try {
    const res = await fetch(`${server.url}/orders/${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(body),
    });
    item.acknowledged = res.status === 200;
    if (!item.acknowledged && res.status < 500) {
      throw new Error(`${route} answered ${res.status}: ${await res.text()}`);
    }
  } catch (error) {
    // A request cut by the kill has an unknown outcome; anything else is a test failure.
    if (!(error instanceof TypeError)) throw error;
  }
}

/** What the database, the outbox, the audit log and the Stripe stand-in say about one case. */
async function outcome(item: Case) {
  const order = await shop.Order.findById(item.orderId)
    .select('+pendingRestocks +pendingEffects')
    .lean();
  const product = await shop.Product.findById(item.productId).lean();
  const mails = (await readOutbox(env['MAIL_OUTBOX_DIR'] ?? '')).filter(
    (mail) => mail.data['order_id'] === item.orderId,
  );
  const audits = await auditEntryModel(mongo.connection).find({ entityId: item.orderId }).lean();
  const atStripe = stripe.refunds.filter((refund) => refund.payment_intent === item.intentId);
  return { order, product, mails, audits, atStripe };
}

/** Polls the database until `count` of the round's changes are stored (or 20 s pass). */
async function waitForStored(cases: Case[], count: number) {
  const deadline = Date.now() + 20_000;
  const filter = {
    _id: { $in: cases.map((item) => item.orderId) },
    $or: [{ overall_status: 'CANCELLED' as const }, { returns: { $exists: true } }],
  };
  while (count > 0 && Date.now() < deadline) {
    if ((await shop.Order.countDocuments(filter)) >= count) return;
    await delay(5);
  }
}

function actionsOf(audits: { action: string }[]) {
  return audits.map((entry) => entry.action).sort();
}

async function expectAllOrNothing(item: Case, round: number) {
  const { order, product, mails, audits, atStripe } = await outcome(item);
  const where = `round ${round}, ${item.kind} ${item.orderId} (KILL_SEED=${seed})`;
  const isReturn = item.kind.endsWith('return');
  const accepted = isReturn
    ? (order?.returns?.length ?? 0) > 0
    : order?.overall_status === 'CANCELLED';
  if (item.acknowledged) expect(accepted, `${where}: acknowledged but not stored`).toBe(true);
  expect(order?.pendingRestocks ?? [], where).toEqual([]);
  expect(order?.pendingEffects ?? [], where).toEqual([]);
  if (!accepted) {
    expect(product?.stock, where).toBe(STOCK);
    expect(order?.refunds ?? [], where).toEqual([]);
    expect(order?.stockReleased ?? false, where).toBe(false);
    expect(mails, where).toEqual([]);
    expect(audits, where).toEqual([]);
    expect(atStripe, where).toEqual([]);
    return false;
  }
  expect(product?.stock, `${where}: stock`).toBe(STOCK + UNITS);
  expect(order?.returns?.length ?? 0, where).toBe(isReturn ? 1 : 0);
  if (!isReturn) expect(order?.stockReleased, where).toBe(true);
  expect(
    order?.refunds?.map((refund) => [refund.status, refund.amount.cents]),
    `${where}: refunds`,
  ).toEqual([['SUCCEEDED', TOTAL]]);
  expect(order?.payment_status, where).toBe('REFUNDED');
  const card = item.kind.startsWith('card');
  expect(
    atStripe.map((refund) => refund.amount),
    `${where}: at Stripe`,
  ).toEqual(card ? [TOTAL] : []);
  expect(
    mails.map((mail) => [
      mail.template,
      mail.data['event'] ?? null,
      mail.data['refund'] !== undefined,
    ]),
    `${where}: mails`,
  ).toEqual([
    isReturn ? ['order_refunded', null, true] : ['order_status_changed', 'cancelled', true],
  ]);
  const changed = isReturn ? 'returnOrderLine' : 'cancelOrder';
  expect(actionsOf(audits), `${where}: audit`).toEqual(
    card ? ['refundSettled', changed].sort() : [changed],
  );
  return true;
}

describe('work a cancellation or return owes survives a SIGKILL of the server', () => {
  it(
    'when the server process is killed at random moments while managers cancel and return card and transfer orders, then after a restart each stored change has its stock back, its refund at Stripe, one mail and one audit entry, exactly once, and the other orders nothing',
    async () => {
      const random = seededRandom(seed);
      const began = Date.now();
      const note = (what: string) =>
        console.info(`[owed-work-after-sigkill] ${Date.now() - began} ms: ${what}`);
      let server = await startServerProcess(env, port);
      live = server;
      note('server ready');
      const cookie = await login(server);
      // The superadmin exists now; later starts skip hashing its password again.
      const restartEnv = { ...env };
      delete restartEnv['SEED_ADMIN_EMAIL'];
      delete restartEnv['SEED_ADMIN_PASSWORD'];
      let accepted = 0;
      let finishedAtStart = 0;
      for (let round = 1; round <= ROUNDS; round += 1) {
        const cases = await Promise.all(
          Array.from({ length: ORDERS_PER_ROUND }, (_, i) =>
            prepare(KINDS[i % KINDS.length] ?? 'card-cancel'),
          ),
        );
        note(`round ${round}: orders placed`);
        // Killed once a random number of the changes are stored, a moment later: among the
        // writes and the work they owe, wherever the process happens to be.
        const storedBeforeKill = Math.floor(random() * ORDERS_PER_ROUND);
        const killAt = Math.floor(random() * 40);
        const requests = cases.map((item) =>
          fire(server, cookie, item, Math.floor(random() * 100)),
        );
        await waitForStored(cases, storedBeforeKill);
        await delay(killAt);
        await server.kill();
        await Promise.all(requests);
        if (random() < 0.4) {
          // Killed again while it starts, maybe mid-way through finishing what the last run owed.
          await killDuringStart(restartEnv, port, 1_000 + Math.floor(random() * 3_000));
        }
        note(`round ${round}: killed ${killAt} ms after ${storedBeforeKill} changes were stored`);
        server = await startServerProcess(restartEnv, port);
        live = server;
        note(`round ${round}: restarted`);
        finishedAtStart += Number(/"effects":(\d+)/.exec(server.printed())?.[1] ?? 0);
        for (const item of cases) if (await expectAllOrNothing(item, round)) accepted += 1;
      }
      await server.kill();
      console.info(
        `[owed-work-after-sigkill] ${accepted} of ${ROUNDS * ORDERS_PER_ROUND} changes stored; ` +
          `${finishedAtStart} owed effects finished by restarts (KILL_SEED=${seed})`,
      );
    },
    // About 30 s on a calm 2-core machine (each restart takes seconds); room for a loaded one.
    150_000,
  );
});
