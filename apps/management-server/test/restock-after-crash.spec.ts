import { finishOwedWork } from '../src/orders/finish-owed-work.js';
import {
  insertOrder,
  insertProduct,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { insertDeliveredOrder } from './support/refund-fixtures.js';
import { useTestServerWithStripe } from './support/use-test-server.js';

// A cancellation or return writes the order first and the stock after. These tests stop the
// server's work right between the two (the process "dies": every later write of that request
// is refused), then run what a new start runs, and count the units that came back.
const { server, stripe } = useTestServerWithStripe('sk_test_restock_crash');
let fixture: CatalogFixture;
let cookie: string;

beforeAll(async () => {
  fixture = await seedCatalogBasics(server);
  cookie = await server.cookieFor(['ORDER_MANAGE']);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const killed = () => Promise.reject(new Error('SIGKILL: the process is gone'));

/** From now on every product write fails, as if the process died just before the first one. */
function dieBeforeStockWrites() {
  const Product = server.services.shop.Product;
  vi.spyOn(Product, 'updateOne').mockImplementation(killed as unknown as typeof Product.updateOne);
}

/** The product write goes through; the process dies before the order is told it is done. */
function dieAfterStockWrite() {
  const Order = server.services.shop.Order;
  const original = Order.updateOne.bind(Order);
  vi.spyOn(Order, 'updateOne').mockImplementation(((filter: object, update: object) =>
    '$pull' in update ? killed() : original(filter, update)) as unknown as typeof Order.updateOne);
}

/** What main.ts runs on start; `times` instances start together. */
async function restartServers(times: number) {
  vi.restoreAllMocks();
  await Promise.all(Array.from({ length: times }, () => finishOwedWork(server.services)));
}

async function product(productId: string) {
  return server.services.shop.Product.findById(productId).lean();
}

function post(path: string, body: object) {
  return server.http.post(`/orders/${path}`).set('Cookie', cookie).send(body);
}

/** A paid bank-transfer order, confirmed and being prepared, that took `units` from stock. */
async function confirmedOrder(productId: string, units: number) {
  const { orderId } = await insertOrder(server, fixture, {
    status: 'CONFIRMED',
    payment: 'BANK_TRANSFER',
    paid: true,
    lines: [{ productId, counts: units, unitCents: 1_000, reservedStock: units }],
    lineStatuses: ['PROCESSING'],
  });
  return orderId;
}

describe('stock owed by a cancellation or return survives a crash', () => {
  it('when the server dies between the cancellation write and the stock write, then the next start puts the units back exactly once, even when two instances start together and again later', async () => {
    const productId = await insertProduct(server, fixture, { stock: 4 });
    const orderId = await confirmedOrder(productId, 3);
    dieBeforeStockWrites();
    await post('cancelOrder', { orderId });
    const order = await server.services.shop.Order.findById(orderId).lean();
    expect(order?.overall_status).toBe('CANCELLED');
    expect((await product(productId))?.stock).toBe(4);

    await restartServers(2);
    expect((await product(productId))?.stock).toBe(7);
    await restartServers(1);
    expect((await product(productId))?.stock).toBe(7);
  });

  it('when the server dies after the stock write but before the order forgets the debt, then the next start adds nothing more', async () => {
    const productId = await insertProduct(server, fixture, { stock: 2 });
    const orderId = await confirmedOrder(productId, 2);
    dieAfterStockWrite();
    await post('cancelOrder', { orderId });
    expect((await product(productId))?.stock).toBe(4);

    await restartServers(2);
    expect((await product(productId))?.stock).toBe(4);
    const left = await server.services.shop.Order.findById(orderId)
      .select('pendingRestocks')
      .lean();
    expect(left?.pendingRestocks).toEqual([]);
  });

  it('when the server dies between a variant cancellation write and its stock write, then the next start puts the units back into that variant and the total exactly once', async () => {
    const productId = await insertProduct(server, fixture, {
      stock: 6,
      variants: [
        { key: 'v-48', choices: { tamanho: '48' }, stock: 1 },
        { key: 'v-62', choices: { tamanho: '62' }, stock: 5 },
      ],
    });
    const orderId = await confirmedOrder(productId, 2);
    await server.services.shop.Order.updateOne(
      { _id: orderId },
      { $set: { 'cart.items.0.variantKey': 'v-62' } },
    );
    dieBeforeStockWrites();
    await post('cancelOrder', { orderId });

    await restartServers(2);
    await restartServers(1);
    const stored = await product(productId);
    expect(stored?.stock).toBe(8);
    expect(stored?.variants?.map((variant) => variant.stock)).toEqual([1, 7]);
  });

  it('when the server dies between recording a return and its stock write, then the next start puts the returned units back exactly once', async () => {
    const productId = await insertProduct(server, fixture, { stock: 0 });
    const { orderId, lineIds } = await insertDeliveredOrder(server, fixture, productId, {
      counts: 2,
    });
    dieBeforeStockWrites();
    await post('returnOrderLine', {
      orderId,
      cartItemId: lineIds[0],
      quantity: 1,
      reason: 'Tamanho',
    });
    const order = await server.services.shop.Order.findById(orderId).lean();
    expect(order?.returns).toHaveLength(1);
    expect((await product(productId))?.stock).toBe(0);

    await restartServers(2);
    await restartServers(1);
    expect((await product(productId))?.stock).toBe(1);
  });

  it('when the server dies before a cancelled card order reaches Stripe, then the next start restocks it, refunds it at Stripe once, mails and audits it once, and a retry has nothing left to do', async () => {
    const productId = await insertProduct(server, fixture, { stock: 0 });
    const intent = stripe.paidIntent(3_000);
    const { orderId } = await insertOrder(server, fixture, {
      status: 'CONFIRMED',
      payment: 'STRIPE',
      paymentId: intent.id,
      lines: [{ productId, counts: 1, unitCents: 3_000, reservedStock: 1 }],
      lineStatuses: ['PROCESSING'],
    });
    dieBeforeStockWrites();
    await post('cancelOrder', { orderId });
    const left = await server.services.shop.Order.findById(orderId).lean();
    expect(left?.refunds?.[0]).toMatchObject({ method: 'STRIPE', status: 'PENDING' });
    const toStripe = () => stripe.refunds.filter((refund) => refund.payment_intent === intent.id);
    expect(toStripe()).toHaveLength(0);

    await restartServers(2);
    await restartServers(1);
    expect((await product(productId))?.stock).toBe(1);
    const after = await server.services.shop.Order.findById(orderId).lean();
    expect(after?.refunds?.[0]?.status).toBe('SUCCEEDED');
    expect(after?.payment_status).toBe('REFUNDED');
    expect(toStripe()).toHaveLength(1);
    const mails = await server.outbox({ to: after?.user_email ?? '' });
    const aboutIt = mails.filter((mail) => mail.data['order_id'] === orderId);
    expect(aboutIt.map((mail) => [mail.data['event'], mail.data['refund'] !== undefined])).toEqual([
      ['cancelled', true],
    ]);
    const audits = await server.services.auditEntries.find({ entityId: orderId }).lean();
    expect(audits.map((entry) => entry.action).sort()).toEqual(['cancelOrder', 'refundSettled']);
    const refundId = String(left?.refunds?.[0]?._id);
    const retried = await post('retryRefund', { orderId, refundId });
    expect(retried.status).toBe(409);
    expect(toStripe()).toHaveLength(1);
  });

  it('when nothing crashed, then neither the order answer nor a product read shows the restock bookkeeping', async () => {
    const productId = await insertProduct(server, fixture, { stock: 1 });
    const orderId = await confirmedOrder(productId, 1);
    const res = await post('cancelOrder', { orderId });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain('pendingRestocks');
    const stored = await product(productId);
    expect(stored?.stock).toBe(2);
    expect(stored).not.toHaveProperty('restocksApplied');
  });
});
