import {
  adminOrderDetailSchema,
  adminOrderSummarySchema,
  dashboardSummarySchema,
  paginated,
  paymentStatuses,
} from '@aneis/contracts';
import { PAYMENT_STATUSES } from '@aneis/data';
import { Types } from 'mongoose';
import { backfillPaymentStatus } from '../src/seed/backfill-payment-status.js';
import {
  insertOrder,
  insertProduct,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();
let fixture: CatalogFixture;
let productId: string;
let cookie: string;
let otherCookie: string;

beforeAll(async () => {
  fixture = await seedCatalogBasics(server);
  productId = await insertProduct(server, fixture);
  cookie = await server.cookieFor(['ORDER_MANAGE'], { email: 'ops@example.com' });
  otherCookie = await server.cookieFor(['ORDER_MANAGE'], { email: 'ops2@example.com' });
});

function markPaid(orderId: string, as = cookie, language = 'pt-PT') {
  return server.http
    .post('/orders/markOrderAsPaid')
    .set('Cookie', as)
    .set('Accept-Language', language)
    .send({ orderId });
}

async function auditEntriesOf(orderId: string) {
  return server.services.auditEntries.find({ entityId: orderId, action: 'markOrderAsPaid' }).lean();
}

async function transferOrder(unitCents = 12_345) {
  return insertOrder(server, fixture, {
    payment: 'BANK_TRANSFER',
    lines: [{ productId, unitCents }],
  });
}

describe('marking a manual payment as paid', () => {
  it('when a manager marks a bank transfer paid, then it is paid, its entry a sale, listed so and audited once', async () => {
    const { orderId } = await transferOrder();
    const before = await server.http
      .get(`/orders/order?orderId=${orderId}`)
      .set('Cookie', cookie)
      .expect(200);
    expect(adminOrderDetailSchema.parse(before.body.responseData).payment_status).toBe(
      'AWAITING_PAYMENT',
    );

    const res = await markPaid(orderId);
    expect(res.status).toBe(200);
    const order = adminOrderDetailSchema.parse(res.body.responseData);
    expect(order.payment_status).toBe('PAID');
    expect(order.payment_info[0]).toMatchObject({ source: 'BANK_TRANSFER', type: 'SALE' });
    expect(order.auditLog.updatedBy).toMatchObject({ email: 'ops@example.com' });

    const list = await server.http
      .post('/orders/orderList')
      .set('Cookie', cookie)
      .send({ pagingOptions: { page: 1, limit: 50 } })
      .expect(200);
    const rows = paginated(adminOrderSummarySchema).parse(list.body.responseData).docs;
    expect(rows.find((row) => row._id === orderId)?.payment_status).toBe('PAID');

    const entries = await auditEntriesOf(orderId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: { email: 'ops@example.com' },
      entityType: 'order',
      before: {
        payment_status: 'AWAITING_PAYMENT',
        payment: { source: 'BANK_TRANSFER', type: 'PENDING' },
      },
      after: { payment_status: 'PAID', payment: { source: 'BANK_TRANSFER', type: 'SALE' } },
    });
  });

  it('when it is marked paid again, then 409 says it is already paid, in the admin’s language, and nothing is written', async () => {
    const { orderId } = await insertOrder(server, fixture, { lines: [{ productId }] });
    await markPaid(orderId).expect(200);
    const stored = await server.services.shop.Order.findById(orderId).lean();

    const pt = await markPaid(orderId, cookie, 'pt-PT');
    expect(pt.status).toBe(409);
    expect(pt.body).toMatchObject({
      code: 'ALREADY_PAID',
      errorDetails: 'Esta encomenda já está paga.',
    });
    const en = await markPaid(orderId, cookie, 'en-GB,en;q=0.9');
    expect(en.status).toBe(409);
    expect(en.body).toMatchObject({
      code: 'ALREADY_PAID',
      errorDetails: 'This order is already paid.',
    });

    expect(await server.services.shop.Order.findById(orderId).lean()).toEqual(stored);
    expect(await auditEntriesOf(orderId)).toHaveLength(1);
  });

  it('when the order was paid by card, then 409 refuses it in PT and EN and the order is untouched', async () => {
    const { orderId } = await insertOrder(server, fixture, {
      payment: 'STRIPE',
      lines: [{ productId }],
    });
    const stored = await server.services.shop.Order.findById(orderId).lean();
    const pt = await markPaid(orderId, cookie, 'pt');
    expect(pt.status).toBe(409);
    expect(pt.body.code).toBe('NOT_MANUAL_PAYMENT');
    expect(pt.body.errorDetails).toMatch(/^Só encomendas pagas na entrega ou por transferência/);
    const en = await markPaid(orderId, cookie, 'en');
    expect(en.status).toBe(409);
    expect(en.body.errorDetails).toMatch(/^Only cash-on-delivery and bank-transfer orders/);
    expect(await server.services.shop.Order.findById(orderId).lean()).toEqual(stored);
    expect(await auditEntriesOf(orderId)).toHaveLength(0);
  });

  it('when the order was cancelled, then 409 refuses to call it paid', async () => {
    const { orderId } = await insertOrder(server, fixture, {
      status: 'CANCELLED',
      payment: 'BANK_TRANSFER',
      lines: [{ productId }],
    });
    const res = await markPaid(orderId, cookie, 'en');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'ORDER_CANCELLED',
      errorDetails: 'A cancelled order cannot be marked as paid.',
    });
    expect((await server.services.shop.Order.findById(orderId).lean())?.payment_status).toBe(
      'AWAITING_PAYMENT',
    );
  });

  it('when an admin may only view orders or nobody is logged in, then 403 / 401 and it stays unpaid', async () => {
    const { orderId } = await transferOrder();
    const viewer = await server.createAdmin(['ORDER_VIEW']);
    const forbidden = await markPaid(orderId, await server.sessionFor(viewer.id));
    expect(forbidden.status).toBe(403);
    const anonymous = await server.http.post('/orders/markOrderAsPaid').send({ orderId });
    expect(anonymous.status).toBe(401);
    expect((await server.services.shop.Order.findById(orderId).lean())?.payment_status).toBe(
      'AWAITING_PAYMENT',
    );
    const missing = await markPaid('5f0000000000000000000000');
    expect(missing.status).toBe(404);
  });

  it('when two managers click at once, then one changes the order, the other is told it is paid, and one audit entry is written', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { orderId } = await transferOrder();
      const answers = await Promise.all([
        markPaid(orderId, cookie, 'en'),
        markPaid(orderId, otherCookie, 'en'),
        markPaid(orderId, cookie, 'en'),
      ]);
      const statuses = answers.map((res) => res.status).sort();
      expect(statuses).toEqual([200, 409, 409]);
      for (const refused of answers.filter((res) => res.status === 409)) {
        expect(refused.body.code).toBe('ALREADY_PAID');
      }
      expect(await auditEntriesOf(orderId)).toHaveLength(1);
    }
  });

  it('when a transfer is marked paid, then the dashboard moves its amount from awaiting payment to revenue', async () => {
    const { orderId } = await transferOrder(4_200);
    server.services.ordersChanged();
    const summary = async () => {
      const res = await server.http.get('/dashboard/summary').set('Cookie', cookie).expect(200);
      return dashboardSummarySchema.parse(res.body.responseData);
    };
    const before = await summary();
    await markPaid(orderId).expect(200);
    const after = await summary();
    expect(after.revenue.today.amount).toBeCloseTo(before.revenue.today.amount + 42, 2);
    expect(after.awaitingPayment.orders).toBe(before.awaitingPayment.orders - 1);
    expect(after.awaitingPayment.amount.amount).toBeCloseTo(
      before.awaitingPayment.amount.amount - 42,
      2,
    );
    expect(after.orderCounts).toEqual(before.orderCounts);
  });
});

describe('backfilling payment states', () => {
  it('when the contract lists payment states, then the model stores exactly those', () => {
    expect([...PAYMENT_STATUSES]).toEqual([...paymentStatuses]);
  });

  it('when orders predate payment states, then each gets the state its payment implies, once per database', async () => {
    const { Order } = server.services.shop;
    const connection = server.mongo.connection;
    await connection.collection('migrations').deleteOne({ name: 'order-payment-status' });
    const pending = await transferOrder();
    const card = await insertOrder(server, fixture, { payment: 'STRIPE', lines: [{ productId }] });
    const settled = await insertOrder(server, fixture, { paid: true, lines: [{ productId }] });
    const ids = [pending.orderId, card.orderId, settled.orderId];
    // As Veniqa's data has them: no state at all.
    for (const id of ids) {
      await Order.collection.updateOne(
        { _id: new Types.ObjectId(id) },
        {
          $unset: { payment_status: '' },
        },
      );
    }
    const stateOf = async (id: string) =>
      (await Order.collection.findOne({ _id: new Types.ObjectId(id) }))?.['payment_status'];
    expect(await stateOf(pending.orderId)).toBeUndefined();

    // Until the backfill runs, the admin already reads the implied state.
    const early = await server.http
      .get(`/orders/order?orderId=${pending.orderId}`)
      .set('Cookie', cookie)
      .expect(200);
    expect(early.body.responseData.payment_status).toBe('AWAITING_PAYMENT');

    const changed = await backfillPaymentStatus(server.services.shop, connection);
    expect(changed).toBeGreaterThanOrEqual(3);
    expect(await stateOf(pending.orderId)).toBe('AWAITING_PAYMENT');
    expect(await stateOf(card.orderId)).toBe('PAID');
    expect(await stateOf(settled.orderId)).toBe('PAID');

    // Marked: a second start changes nothing, even an order that lost its state again.
    await Order.collection.updateOne(
      { _id: new Types.ObjectId(card.orderId) },
      {
        $unset: { payment_status: '' },
      },
    );
    expect(await backfillPaymentStatus(server.services.shop, connection)).toBe(0);
    expect(await stateOf(card.orderId)).toBeUndefined();
    // …and the admin can still mark a not-yet-backfilled manual order paid.
    await Order.collection.updateOne(
      { _id: new Types.ObjectId(pending.orderId) },
      {
        $unset: { payment_status: '' },
      },
    );
    await markPaid(pending.orderId).expect(200);
    expect(await stateOf(pending.orderId)).toBe('PAID');
  });
});
