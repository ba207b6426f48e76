import { adminOrderDetailSchema } from '@aneis/contracts';
import { useTestDatabase } from '@aneis/data/testing';
import {
  deliveredLine,
  insertOrder,
  insertProduct,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { insertDeliveredOrder, insertFailedCardRefund } from './support/refund-fixtures.js';
import { startTestServer } from './support/test-server.js';
import { useTestServerWithStripe } from './support/use-test-server.js';

const db = useTestDatabase();
const { server, stripe } = useTestServerWithStripe('sk_test_refunds', { db });
let fixture: CatalogFixture;
let cookie: string;
let otherCookie: string;

beforeAll(async () => {
  fixture = await seedCatalogBasics(server);
  cookie = await server.cookieFor(['ORDER_MANAGE'], { email: 'ops@example.com', name: 'Ops' });
  otherCookie = await server.cookieFor(['ORDER_MANAGE'], { email: 'ops2@example.com' });
});

function act(path: string, body: object, as = cookie) {
  return server.http.post(`/orders/${path}`).set('Cookie', as).send(body);
}

async function getOrder(orderId: string) {
  return detail(
    await server.http.get('/orders/order').query({ orderId }).set('Cookie', cookie).expect(200),
  );
}

function detail(res: { body: { responseData: unknown } }) {
  return adminOrderDetailSchema.parse(res.body.responseData);
}

/** A product of its own with `stock` units, so each test reads its own shelf. */
async function productWithStock(stock: number) {
  return insertProduct(server, fixture, { stock });
}

async function stockOf(productId: string) {
  return (await server.services.shop.Product.findById(productId).lean())?.stock;
}

async function auditActions(orderId: string) {
  const entries = await server.services.auditEntries.find({ entityId: orderId }).lean();
  return entries.map((entry) => entry.action);
}

describe('cancelling after confirmation', () => {
  it('when a paid bank-transfer order is cancelled after confirmation, then stock comes back, the refund is recorded as a transfer, the state is REFUNDED, it is audited and mailed', async () => {
    const productId = await productWithStock(4);
    const { orderId } = await insertOrder(server, fixture, {
      status: 'CONFIRMED',
      payment: 'BANK_TRANSFER',
      paid: true,
      userEmail: 'cancel-transfer@example.com',
      lines: [{ productId, counts: 2, unitCents: 2_500, reservedStock: 2 }],
      lineStatuses: ['PROCESSING'],
    });
    const res = await act('cancelOrder', { orderId, reason: 'Cliente desistiu' });
    expect(res.status).toBe(200);
    const order = detail(res);
    expect(order.overall_status).toBe('CANCELLED');
    expect(order.payment_status).toBe('REFUNDED');
    expect(order.refunds).toEqual([
      expect.objectContaining({
        cause: 'CANCELLATION',
        amount: { amount: 50, currency: 'EUR' },
        method: 'BANK_TRANSFER',
        status: 'SUCCEEDED',
        reason: 'Cliente desistiu',
        createdBy: { email: 'ops@example.com', name: 'Ops' },
      }),
    ]);
    expect(order.payment_info.at(-1)).toMatchObject({
      source: 'BANK_TRANSFER',
      type: 'REFUND',
      amount_in_usd: { amount: 50, currency: 'EUR' },
    });
    expect(await stockOf(productId)).toBe(6);
    expect(await auditActions(orderId)).toEqual(['cancelOrder']);
    const [mail] = await server.outbox({ to: 'cancel-transfer@example.com' });
    expect(mail).toMatchObject({
      template: 'order_status_changed',
      data: {
        event: 'cancelled',
        refund: { amount: { amount: 50, currency: 'EUR' }, method: 'BANK_TRANSFER' },
      },
    });
  });

  it('when three managers cancel the same order at once, then exactly one succeeds, the stock comes back once and one refund is recorded', async () => {
    for (let round = 0; round < 3; round += 1) {
      const productId = await productWithStock(10);
      const { orderId } = await insertOrder(server, fixture, {
        status: 'IN-PROGRESS',
        payment: 'CASH_ON_DELIVERY',
        paid: true,
        lines: [{ productId, counts: 3, reservedStock: 3 }],
        lineStatuses: ['FULFILLING'],
      });
      const answers = await Promise.all([
        act('cancelOrder', { orderId }),
        act('cancelOrder', { orderId }, otherCookie),
        act('cancelOrder', { orderId }),
      ]);
      const statuses = answers.map((res) => res.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      // The others lost the compare-and-set (409) or read an order already cancelled (405).
      for (const refused of answers.filter((res) => res.status !== 200)) {
        expect(['ORDER_CHANGED', 'ORDER_NOT_CANCELLABLE']).toContain(refused.body.code);
      }
      expect(await stockOf(productId)).toBe(13);
      const stored = await server.services.shop.Order.findById(orderId).lean();
      expect(stored?.refunds).toHaveLength(1);
      expect(await auditActions(orderId)).toEqual(['cancelOrder']);
    }
  });

  it('when a line has shipped, then the order cannot be cancelled and nothing changes', async () => {
    const productId = await productWithStock(5);
    const { orderId } = await insertOrder(server, fixture, {
      status: 'IN-PROGRESS',
      lines: [
        { productId, reservedStock: 1 },
        { productId, reservedStock: 1 },
      ],
      lineStatuses: ['SHIPPED', 'FULFILLING'],
    });
    const stored = await server.services.shop.Order.findById(orderId).lean();
    const res = await act('cancelOrder', { orderId });
    expect(res.status).toBe(405);
    expect(res.body.code).toBe('ORDER_NOT_CANCELLABLE');
    expect(await server.services.shop.Order.findById(orderId).lean()).toEqual(stored);
    expect(await stockOf(productId)).toBe(5);
  });

  it('when an order nobody paid yet is cancelled, then no refund is recorded and it still awaits no money', async () => {
    const productId = await productWithStock(1);
    const { orderId } = await insertOrder(server, fixture, {
      status: 'CONFIRMED',
      payment: 'BANK_TRANSFER',
      lines: [{ productId, reservedStock: 1 }],
      lineStatuses: ['PROCESSING'],
    });
    const order = detail(await act('cancelOrder', { orderId }).expect(200));
    expect(order.refunds).toBeUndefined();
    expect(order.payment_status).toBe('AWAITING_PAYMENT');
    expect(await stockOf(productId)).toBe(2);
  });

  it('when a card order is cancelled (twice at once), then Stripe refunds it once, for the full amount, and the order is REFUNDED', async () => {
    const productId = await productWithStock(0);
    const intent = stripe.paidIntent(7_500);
    const { orderId } = await insertOrder(server, fixture, {
      status: 'CONFIRMED',
      payment: 'STRIPE',
      paymentId: intent.id,
      lines: [{ productId, unitCents: 7_500 }],
      lineStatuses: ['PROCESSING'],
    });
    const answers = await Promise.all([
      act('cancelOrder', { orderId }),
      act('cancelOrder', { orderId }, otherCookie),
    ]);
    const won = answers.find((res) => res.status === 200);
    if (!won) throw new Error('one of the two cancellations must succeed');
    const order = detail(won);
    const refunds = stripe.refunds.filter((refund) => refund.payment_intent === intent.id);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amount: 7_500, metadata: { order_id: orderId } });
    expect(order.payment_status).toBe('REFUNDED');
    expect(order.refunds?.[0]).toMatchObject({
      method: 'STRIPE',
      status: 'SUCCEEDED',
      providerRefundId: refunds[0]?.id,
    });
    expect(order.payment_info.at(-1)).toMatchObject({
      source: 'STRIPE',
      type: 'REFUND',
      transaction_id: refunds[0]?.id,
    });
    expect(await auditActions(orderId)).toEqual(['cancelOrder', 'refundSettled']);
  });
});

describe('returns after delivery', () => {
  it('when a line is not delivered yet, then a return is refused and nothing changes', async () => {
    const productId = await productWithStock(2);
    const { orderId, lineIds } = await insertOrder(server, fixture, {
      status: 'IN-PROGRESS',
      paid: true,
      lines: [{ productId }],
      lineStatuses: ['SHIPPED'],
    });
    const res = await act('returnOrderLine', {
      orderId,
      cartItemId: lineIds[0],
      quantity: 1,
      reason: 'Não serve',
    });
    expect(res.status).toBe(405);
    expect(res.body.code).toBe('RETURN_NOT_DELIVERED');
    expect(await stockOf(productId)).toBe(2);
  });

  it('when units come back in two returns, then each unit goes back into stock once, the refunds add up to REFUNDED and more than delivered is refused', async () => {
    const productId = await productWithStock(0);
    const { orderId, lineIds } = await insertDeliveredOrder(server, fixture, productId, {
      counts: 3,
      unitCents: 2_000,
    });
    const cartItemId = lineIds[0];
    const first = await act('returnOrderLine', {
      orderId,
      cartItemId,
      quantity: 2,
      reason: 'Tamanho errado',
    });
    expect(first.status).toBe(200);
    const afterFirst = detail(first);
    expect(afterFirst.cart.items[0]?.returned).toBe(2);
    expect(afterFirst.payment_status).toBe('PARTIALLY_REFUNDED');
    expect(afterFirst.refunds?.[0]).toMatchObject({
      cause: 'RETURN',
      amount: { amount: 40, currency: 'EUR' },
      method: 'BANK_TRANSFER',
      status: 'SUCCEEDED',
      reason: 'Tamanho errado',
      returnId: afterFirst.returns?.[0]?._id,
    });
    expect(await stockOf(productId)).toBe(2);

    const tooMany = await act('returnOrderLine', { orderId, cartItemId, quantity: 2, reason: 'x' });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.code).toBe('RETURN_QUANTITY_EXCEEDED');
    expect(await stockOf(productId)).toBe(2);

    const last = detail(
      await act('returnOrderLine', { orderId, cartItemId, quantity: 1, reason: 'Riscado' }).expect(
        200,
      ),
    );
    expect(last.cart.items[0]?.returned).toBe(3);
    expect(last.payment_status).toBe('REFUNDED');
    expect(await stockOf(productId)).toBe(3);
    const none = await act('returnOrderLine', { orderId, cartItemId, quantity: 1, reason: 'x' });
    expect(none.body.code).toBe('RETURN_QUANTITY_EXCEEDED');
    expect(await auditActions(orderId)).toEqual(['returnOrderLine', 'returnOrderLine']);
  });

  it('when a completed order comes back line by line, then it reads as partly returned and then returned, in its detail and in Veniqa’s COMPLETED tab, whose status it keeps', async () => {
    const productId = await productWithStock(0);
    const { orderId, lineIds } = await insertOrder(server, fixture, {
      status: 'COMPLETED',
      payment: 'BANK_TRANSFER',
      paid: true,
      userEmail: 'returns-status@example.com',
      lines: [
        { productId, counts: 2, unitCents: 1_000 },
        { productId, counts: 1, unitCents: 1_500 },
      ],
      lineProcessing: [deliveredLine(), deliveredLine()],
    });
    const listed = async () => {
      const res = await server.http
        .post('/orders/orderList')
        .set('Cookie', cookie)
        .send({
          orderStatus: 'COMPLETED',
          pagingOptions: { page: 1, limit: 100 },
          sortRule: '-auditLog.createdOn',
        })
        .expect(200);
      const rows = res.body.responseData.docs as { _id: string; return_status?: string }[];
      return rows.find((row) => row._id === orderId);
    };
    expect((await getOrder(orderId)).return_status).toBeUndefined();
    expect(await listed()).not.toHaveProperty('return_status');

    const back = (cartItemId: string | undefined, quantity: number) =>
      act('returnOrderLine', { orderId, cartItemId, quantity, reason: 'Não serviu' }).expect(200);
    const firstLineBack = detail(await back(lineIds[0], 2));
    expect(firstLineBack.overall_status).toBe('COMPLETED');
    expect(firstLineBack.return_status).toBe('PARTIALLY_RETURNED');
    expect((await listed())?.return_status).toBe('PARTIALLY_RETURNED');

    const allBack = detail(await back(lineIds[1], 1));
    expect(allBack.overall_status).toBe('COMPLETED');
    expect(allBack.return_status).toBe('RETURNED');
    expect((await getOrder(orderId)).return_status).toBe('RETURNED');
    expect((await listed())?.return_status).toBe('RETURNED');
  });

  it('when two managers record the return of the last unit at once, then one return is kept and the unit comes back once', async () => {
    const productId = await productWithStock(0);
    const { orderId, lineIds } = await insertDeliveredOrder(server, fixture, productId);
    const body = { orderId, cartItemId: lineIds[0], quantity: 1, reason: 'Defeito' };
    const answers = await Promise.all([
      act('returnOrderLine', body),
      act('returnOrderLine', body, otherCookie),
      act('returnOrderLine', body),
    ]);
    expect(answers.filter((res) => res.status === 200)).toHaveLength(1);
    expect(await stockOf(productId)).toBe(1);
    const stored = await server.services.shop.Order.findById(orderId).lean();
    expect(stored?.returns).toHaveLength(1);
    expect(stored?.refunds).toHaveLength(1);
  });

  it('when a return is accepted, then the shopper gets the return mail with the refund in their language', async () => {
    const productId = await productWithStock(0);
    const { orderId, lineIds } = await insertDeliveredOrder(server, fixture, productId, {
      unitCents: 3_000,
    });
    await server.services.shop.Order.updateOne(
      { _id: orderId },
      { $set: { language: 'en', user_email: 'returns-mail@example.com' } },
    );
    await act('returnOrderLine', {
      orderId,
      cartItemId: lineIds[0],
      quantity: 1,
      reason: 'Wrong size',
    }).expect(200);
    const [mail] = await server.outbox({ to: 'returns-mail@example.com' });
    expect(mail).toMatchObject({
      template: 'order_refunded',
      language: 'en',
      data: {
        order_id: orderId,
        returned: { name: 'Anel', quantity: 1 },
        refund: {
          amount: { amount: 30, currency: 'EUR' },
          method: 'BANK_TRANSFER',
          reason: 'Wrong size',
        },
      },
    });
  });

  it('when a manager gives back less than the units cost, or more than was paid, then the amount is kept or refused', async () => {
    const productId = await productWithStock(0);
    const { orderId, lineIds } = await insertDeliveredOrder(server, fixture, productId, {
      counts: 2,
      unitCents: 5_000,
    });
    const cartItemId = lineIds[0];
    const tooMuch = await act('returnOrderLine', {
      orderId,
      cartItemId,
      quantity: 1,
      reason: 'x',
      refundAmount: '100.01',
    });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.code).toBe('REFUND_EXCEEDS_PAID');
    const partial = detail(
      await act('returnOrderLine', {
        orderId,
        cartItemId,
        quantity: 1,
        reason: 'Riscado',
        refundAmount: '35.5',
      }).expect(200),
    );
    expect(partial.refunds?.[0]?.amount).toEqual({ amount: 35.5, currency: 'EUR' });
    const nothing = detail(
      await act('returnOrderLine', {
        orderId,
        cartItemId,
        quantity: 1,
        reason: 'Troca',
        refundAmount: 0,
      }).expect(200),
    );
    expect(nothing.refunds).toHaveLength(1);
    expect(nothing.returns).toHaveLength(2);
    expect(nothing.payment_status).toBe('PARTIALLY_REFUNDED');
  });

  it('when a card order line comes back, then Stripe refunds just those units once', async () => {
    const productId = await productWithStock(0);
    const intent = stripe.paidIntent(9_000);
    const { orderId, lineIds } = await insertDeliveredOrder(server, fixture, productId, {
      counts: 3,
      unitCents: 3_000,
      payment: 'STRIPE',
      paymentId: intent.id,
    });
    const order = detail(
      await act('returnOrderLine', {
        orderId,
        cartItemId: lineIds[0],
        quantity: 1,
        reason: 'Não gostou',
      }).expect(200),
    );
    const refunds = stripe.refunds.filter((refund) => refund.payment_intent === intent.id);
    expect(refunds.map((refund) => refund.amount)).toEqual([3_000]);
    expect(order.payment_status).toBe('PARTIALLY_REFUNDED');
    expect(order.refunds?.[0]).toMatchObject({
      status: 'SUCCEEDED',
      providerRefundId: refunds[0]?.id,
    });
  });

  it.each([
    ['a zero quantity', { quantity: 0, reason: 'x' }],
    ['a text quantity', { quantity: 'two', reason: 'x' }],
    ['an operator as quantity', { quantity: { $gt: 0 }, reason: 'x' }],
    ['no reason', { quantity: 1 }],
    ['a negative refund', { quantity: 1, reason: 'x', refundAmount: -5 }],
  ])('when a return has %s, then 400 and nothing is written', async (_label, fields) => {
    const productId = await productWithStock(0);
    const { orderId, lineIds } = await insertDeliveredOrder(server, fixture, productId);
    const res = await act('returnOrderLine', { orderId, cartItemId: lineIds[0], ...fields });
    expect(res.status).toBe(400);
    expect((await server.services.shop.Order.findById(orderId).lean())?.returns).toBeUndefined();
  });

  it('when the line or order does not exist, then 404', async () => {
    const productId = await productWithStock(0);
    const { orderId } = await insertDeliveredOrder(server, fixture, productId);
    const body = { quantity: 1, reason: 'x' };
    const noLine = await act('returnOrderLine', {
      orderId,
      cartItemId: '5f0000000000000000000000',
      ...body,
    });
    expect(noLine.status).toBe(404);
    const noOrder = await act('returnOrderLine', {
      orderId: '5f0000000000000000000000',
      cartItemId: '5f0000000000000000000000',
      ...body,
    });
    expect(noOrder.status).toBe(404);
  });
});

describe('card refunds Stripe refuses', () => {
  it('when Stripe refuses the refund of a cancellation, then the order is cancelled with the refund FAILED, and a retry refunds it once and mails the shopper', async () => {
    const productId = await productWithStock(0);
    const intent = stripe.paidIntent(4_000);
    const { orderId } = await insertOrder(server, fixture, {
      status: 'CONFIRMED',
      payment: 'STRIPE',
      paymentId: intent.id,
      userEmail: 'card-retry@example.com',
      lines: [{ productId, unitCents: 4_000 }],
      lineStatuses: ['PROCESSING'],
    });
    stripe.failures.refuseRefunds = true;
    let refundId: string;
    try {
      const cancelled = detail(await act('cancelOrder', { orderId }).expect(200));
      expect(cancelled.overall_status).toBe('CANCELLED');
      expect(cancelled.payment_status).toBe('PAID');
      expect(cancelled.refunds?.[0]).toMatchObject({ status: 'FAILED', method: 'STRIPE' });
      expect(cancelled.refunds?.[0]?.failure).toMatch(/^Stripe: /);
      expect(cancelled.refunds?.[0]?.failureCode).toBe('PROVIDER_REFUSED');
      refundId = cancelled.refunds?.[0]?._id ?? '';
      const stillFailing = await act('retryRefund', { orderId, refundId });
      expect(stillFailing.status).toBe(503);
      expect(stillFailing.body.code).toBe('REFUND_PROVIDER_FAILED');
    } finally {
      stripe.failures.refuseRefunds = false;
    }
    const [a, b] = await Promise.all([
      act('retryRefund', { orderId, refundId }),
      act('retryRefund', { orderId, refundId }, otherCookie),
    ]);
    expect([a.status, b.status]).toContain(200);
    expect(stripe.refunds.filter((refund) => refund.payment_intent === intent.id)).toHaveLength(1);
    const stored = await server.services.shop.Order.findById(orderId).lean();
    expect(stored?.payment_status).toBe('REFUNDED');
    expect(stored?.refunds?.[0]?.status).toBe('SUCCEEDED');
    expect(stored?.refunds?.[0]?.failureCode).toBeUndefined();
    expect(stored?.payment_info.filter((entry) => entry.type === 'REFUND')).toHaveLength(1);

    const again = await act('retryRefund', { orderId, refundId });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('REFUND_NOT_RETRYABLE');
    const mails = await server.outbox({ to: 'card-retry@example.com', template: 'order_refunded' });
    // Two retries at once, one refund: the shopper hears of it once.
    expect(mails).toHaveLength(1);
    expect(mails[0]?.data).toMatchObject({
      refund: { amount: { amount: 40, currency: 'EUR' }, method: 'STRIPE' },
    });
  });

  it('when a manager retries a refund of another kind or an unknown one, then 409 / 404', async () => {
    const productId = await productWithStock(0);
    const intent = stripe.paidIntent(10_000);
    const { orderId } = await insertFailedCardRefund(server, fixture, productId, intent.id);
    const unknown = await act('retryRefund', { orderId, refundId: '5f0000000000000000000000' });
    expect(unknown.status).toBe(404);
    const transfer = await insertDeliveredOrder(server, fixture, productId);
    const transferId = transfer.orderId;
    const returned = detail(
      await act('returnOrderLine', {
        orderId: transferId,
        cartItemId: transfer.lineIds[0],
        quantity: 1,
        reason: 'x',
      }),
    );
    const manual = await act('retryRefund', {
      orderId: transferId,
      refundId: returned.refunds?.[0]?._id,
    });
    expect(manual.status).toBe(409);
    expect(manual.body.code).toBe('REFUND_NOT_RETRYABLE');
  });
});

describe('a server without a Stripe key', () => {
  it('when a card order is cancelled (as Veniqa’s client does), then it is cancelled with the refund FAILED for want of the key, and a retry says card refunds are unavailable', async () => {
    const bare = await startTestServer(db);
    try {
      const admin = await bare.createAdmin(['ORDER_MANAGE']);
      const as = await bare.sessionFor(admin.id);
      const bareFixture = await seedCatalogBasics(bare, '-bare');
      const productId = await insertProduct(bare, bareFixture, { stock: 1 });
      const { orderId } = await insertOrder(bare, bareFixture, {
        status: 'CONFIRMED',
        payment: 'STRIPE',
        lines: [{ productId, reservedStock: 1 }],
        lineStatuses: ['PROCESSING'],
      });
      const res = await bare.http.post('/orders/cancelOrder').set('Cookie', as).send({ orderId });
      expect(res.status).toBe(200);
      const order = detail(res);
      expect(order.overall_status).toBe('CANCELLED');
      expect(order.payment_status).toBe('PAID');
      expect(order.refunds?.[0]).toMatchObject({
        method: 'STRIPE',
        status: 'FAILED',
        failure: 'Card refunds need STRIPE_SECRET_KEY on the management server',
        failureCode: 'CARD_REFUNDS_OFF',
      });
      expect((await bare.services.shop.Product.findById(productId).lean())?.stock).toBe(2);
      const retry = await bare.http
        .post('/orders/retryRefund')
        .set('Cookie', as)
        .send({ orderId, refundId: order.refunds?.[0]?._id });
      expect(retry.status).toBe(503);
      expect(retry.body.code).toBe('REFUND_PROVIDER_UNAVAILABLE');
    } finally {
      await bare.close();
    }
  });
});
