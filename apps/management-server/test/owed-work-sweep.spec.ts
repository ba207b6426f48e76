import { mkdir, rm, writeFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { useTestDatabase } from '@aneis/data/testing';
import { startStripeStandIn } from '@aneis/testing';
import { finishOwedWork } from '../src/orders/finish-owed-work.js';
import { startOwedWorkSweeper } from '../src/orders/owed-work-sweeper.js';
import {
  insertOrder,
  insertProduct,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { capturingLogger } from './support/image-files.js';
import { insertDeliveredOrder } from './support/refund-fixtures.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/*
 * Work a cancellation or return owes (the shopper's mail, a card refund, the audit entry) that
 * fails while the server keeps running is retried by a periodic sweep, not only at the next
 * start. Mail "fails" for real here: the outbox folder is replaced by a plain file, so every
 * write into it is refused until the folder comes back.
 */
const STRIPE_KEY = 'sk_test_owed_sweep';
const db = useTestDatabase();
let stripe: Awaited<ReturnType<typeof startStripeStandIn>>;
let server: TestServer;
/** A second instance on the same database, with its own outbox (as a second pod would). */
let other: TestServer;
let fixture: CatalogFixture;
let cookie: string;

beforeAll(async () => {
  stripe = await startStripeStandIn(STRIPE_KEY);
  const env = { STRIPE_SECRET_KEY: STRIPE_KEY, STRIPE_API_BASE: stripe.url };
  server = await startTestServer(db, env);
  other = await startTestServer(db, env);
  fixture = await seedCatalogBasics(server);
  const admin = await server.createAdmin(['ORDER_MANAGE'], { email: 'sweep@example.com' });
  cookie = await server.sessionFor(admin.id);
});
afterAll(async () => {
  await other.close();
  await server.close();
  await stripe.close();
});

async function breakOutbox(target: TestServer) {
  await rm(target.outboxDir, { recursive: true, force: true });
  await writeFile(target.outboxDir, 'not a folder: mail cannot be written here');
}

async function mendOutbox(target: TestServer) {
  await rm(target.outboxDir, { force: true });
  await mkdir(target.outboxDir, { recursive: true });
}

async function owedOf(orderId: string) {
  const order = await server.services.shop.Order.findById(orderId).select('+pendingEffects').lean();
  return (order?.pendingEffects ?? []).map((effect) => effect.kind);
}

async function mailsAbout(target: TestServer, orderId: string) {
  return (await target.outbox()).filter((mail) => mail.data['order_id'] === orderId);
}

async function auditActions(orderId: string) {
  const entries = await server.services.auditEntries.find({ entityId: orderId }).lean();
  return entries.map((entry) => entry.action);
}

/** A paid card order not shipped yet, whose cancellation Stripe refunds. */
async function cardOrder(email: string) {
  const productId = await insertProduct(server, fixture, { stock: 0 });
  const intent = stripe.paidIntent(6_000);
  const { orderId } = await insertOrder(server, fixture, {
    status: 'CONFIRMED',
    payment: 'STRIPE',
    paymentId: intent.id,
    userEmail: email,
    lines: [{ productId, unitCents: 6_000, reservedStock: 1 }],
    lineStatuses: ['PROCESSING'],
  });
  return { orderId, intentId: intent.id };
}

function cancel(orderId: string) {
  return server.http
    .post('/orders/cancelOrder')
    .set('Cookie', cookie)
    .send({ orderId, reason: 'Cliente desistiu' });
}

/** Resolves with the first sweep report `accept` takes. */
function sweepWatcher() {
  const reports: { restocks: number; effects: number }[] = [];
  let waiting: { accept: (r: { effects: number }) => boolean; done: () => void } | undefined;
  return {
    reports,
    onSweep(report: { restocks: number; effects: number }) {
      reports.push(report);
      if (waiting?.accept(report)) waiting.done();
    },
    next(accept: (r: { effects: number }) => boolean) {
      return new Promise<void>((done) => (waiting = { accept, done }));
    },
  };
}

describe('owed order work is swept while the server runs', () => {
  it('when the shopper’s mail fails while a card order is cancelled, then the cancellation stands, the mail stays owed through sweeps while mail is down, and once mail works a sweep sends it once, without a restart', async () => {
    const { orderId, intentId } = await cardOrder('sweep-mail@example.com');
    await breakOutbox(server);
    const res = await cancel(orderId);
    expect(res.status).toBe(200);
    expect(res.body.responseData.overall_status).toBe('CANCELLED');
    expect(stripe.refunds.filter((refund) => refund.payment_intent === intentId)).toHaveLength(1);
    expect(await owedOf(orderId)).toEqual(['mail']);

    const { logger, entries } = capturingLogger();
    const watcher = sweepWatcher();
    const sweeper = startOwedWorkSweeper(
      { ...server.services, logger },
      { intervalMs: 50, onSweep: (report) => watcher.onSweep(report) },
    );
    try {
      // Two sweeps while mail is still down: nothing sent, still owed, the failure logged.
      await watcher.next(() => watcher.reports.length >= 2);
      expect(await owedOf(orderId)).toEqual(['mail']);
      expect(entries.some((entry) => entry['message'] === 'order effect left owed')).toBe(true);

      await mendOutbox(server);
      await watcher.next((report) => report.effects > 0);
    } finally {
      await sweeper.stop();
    }
    expect(await owedOf(orderId)).toEqual([]);
    const mails = await mailsAbout(server, orderId);
    expect(mails.map((mail) => [mail.template, mail.data['event'], mail.to])).toEqual([
      ['order_status_changed', 'cancelled', 'sweep-mail@example.com'],
    ]);
    // The mail tells the shopper the card refund, settled before it was sent.
    expect(mails[0]?.data['refund']).toMatchObject({
      method: 'STRIPE',
      amount: { amount: 60, currency: 'EUR' },
    });
    expect(stripe.refunds.filter((refund) => refund.payment_intent === intentId)).toHaveLength(1);
    expect(entries.some((entry) => entry['message'] === 'owed order work finished by sweep')).toBe(
      true,
    );
  });

  it('when Stripe is down while a card order is cancelled, then the refund waits for Stripe, owed, and once Stripe is back a sweep makes it once and mails the shopper that the money went back', async () => {
    const { orderId, intentId } = await cardOrder('sweep-stripe@example.com');
    stripe.failures.refunds = true;
    const watcher = sweepWatcher();
    let sweeper: ReturnType<typeof startOwedWorkSweeper> | undefined;
    try {
      const res = await cancel(orderId);
      expect(res.status).toBe(200);
      expect(res.body.responseData.overall_status).toBe('CANCELLED');
      expect(res.body.responseData.payment_status).toBe('PAID');
      expect(res.body.responseData.refunds).toEqual([
        expect.objectContaining({ method: 'STRIPE', status: 'PENDING' }),
      ]);
      expect(await owedOf(orderId)).toEqual(['cardRefund', 'mail']);
      sweeper = startOwedWorkSweeper(server.services, {
        intervalMs: 50,
        onSweep: (report) => watcher.onSweep(report),
      });
      await watcher.next(() => watcher.reports.length >= 2);
      expect(await owedOf(orderId)).toEqual(['cardRefund', 'mail']);
      expect(await mailsAbout(server, orderId)).toEqual([]);
    } finally {
      stripe.failures.refunds = false;
    }
    try {
      await watcher.next((report) => report.effects > 0);
    } finally {
      await sweeper?.stop();
    }
    expect(await owedOf(orderId)).toEqual([]);
    const stored = await server.services.shop.Order.findById(orderId).lean();
    expect(stored?.payment_status).toBe('REFUNDED');
    expect(stored?.refunds?.map((refund) => refund.status)).toEqual(['SUCCEEDED']);
    expect(stripe.refunds.filter((refund) => refund.payment_intent === intentId)).toHaveLength(1);
    const mails = await mailsAbout(server, orderId);
    expect(mails.map((mail) => [mail.template, mail.data['event']])).toEqual([
      ['order_status_changed', 'cancelled'],
    ]);
    expect(mails[0]?.data['refund']).toMatchObject({ method: 'STRIPE' });
  });

  it('when sweeping takes longer than the interval, then sweeps never overlap, and once stopped no sweep starts again', async () => {
    const { orderId } = await cardOrder('sweep-slow@example.com');
    await breakOutbox(server);
    expect((await cancel(orderId)).status).toBe(200);
    await mendOutbox(server);
    let sending = 0;
    let mostAtOnce = 0;
    let attempts = 0;
    // A mail service that takes its time and is down: every sweep finds the mail owed again.
    const slowDownMail = {
      async send() {
        sending += 1;
        attempts += 1;
        mostAtOnce = Math.max(mostAtOnce, sending);
        await delay(120);
        sending -= 1;
        return false;
      },
    };
    const watcher = sweepWatcher();
    const sweeper = startOwedWorkSweeper(
      { ...server.services, mail: slowDownMail },
      { intervalMs: 5, onSweep: (report) => watcher.onSweep(report) },
    );
    await watcher.next(() => watcher.reports.length >= 4);
    await sweeper.stop();
    expect(mostAtOnce).toBe(1);
    // One try of the mail per sweep: a sweep overlapping another would find the order claimed.
    expect(attempts).toBe(watcher.reports.length);
    const sweepsWhenStopped = watcher.reports.length;
    const attemptsWhenStopped = attempts;
    await delay(100);
    expect(watcher.reports.length).toBe(sweepsWhenStopped);
    expect(attempts).toBe(attemptsWhenStopped);
    expect(await owedOf(orderId)).toEqual(['mail']);
    // Left owed for the next test's instance to finish.
    await finishOwedWork(server.services);
    expect(await owedOf(orderId)).toEqual([]);
  });

  it('when two instances sweep the same owed work at the same moment, then every order’s mail goes out once in all, each refund and each unit once', async () => {
    const cancelled = await Promise.all(
      [1, 2, 3].map((i) => cardOrder(`race-cancel-${i}@example.com`)),
    );
    const returned = await Promise.all(
      [1, 2, 3].map(async () => {
        const productId = await insertProduct(server, fixture, { stock: 2 });
        const placed = await insertDeliveredOrder(server, fixture, productId, { counts: 1 });
        return { productId, orderId: placed.orderId, lineId: placed.lineIds[0] ?? '' };
      }),
    );
    await breakOutbox(server);
    for (const { orderId } of cancelled) expect((await cancel(orderId)).status).toBe(200);
    for (const { orderId, lineId } of returned) {
      const res = await server.http
        .post('/orders/returnOrderLine')
        .set('Cookie', cookie)
        .send({ orderId, cartItemId: lineId, quantity: 1, reason: 'Tamanho' });
      expect(res.status).toBe(200);
    }
    const orderIds = [...cancelled, ...returned].map(({ orderId }) => orderId);
    for (const orderId of orderIds) expect(await owedOf(orderId)).toEqual(['mail']);
    await mendOutbox(server);

    const owedBefore = new Date(Date.now() + 1_000);
    const [mine, theirs] = await Promise.all([
      finishOwedWork(server.services, { owedBefore, exclusive: true }),
      finishOwedWork(other.services, { owedBefore, exclusive: true }),
    ]);
    expect(mine.effects + theirs.effects).toBe(orderIds.length);
    for (const orderId of orderIds) {
      expect(await owedOf(orderId)).toEqual([]);
      const mails = [...(await mailsAbout(server, orderId)), ...(await mailsAbout(other, orderId))];
      expect(mails, orderId).toHaveLength(1);
    }
    for (const { orderId } of cancelled) {
      expect((await auditActions(orderId)).sort()).toEqual(['cancelOrder', 'refundSettled']);
    }
    for (const { orderId } of returned) {
      expect(await auditActions(orderId)).toEqual(['returnOrderLine']);
    }
    for (const { intentId } of cancelled) {
      expect(stripe.refunds.filter((refund) => refund.payment_intent === intentId)).toHaveLength(1);
    }
    for (const { productId } of returned) {
      expect((await server.services.shop.Product.findById(productId).lean())?.stock).toBe(3);
    }
    const claims = await server.services.shop.Order.find({ _id: { $in: orderIds } })
      .select('+effectsClaim')
      .lean();
    expect(claims.map((order) => order.effectsClaim ?? null)).toEqual(orderIds.map(() => null));
  });
});
