import { couponIdForCode, customerCouponUses, redeemCoupon } from '@aneis/data';
import { useTestDatabase } from '@aneis/data/testing';
import { Types } from 'mongoose';
import { finishOwedWork } from '../src/orders/finish-owed-work.js';
import {
  insertOrder,
  insertProduct,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/*
 * An order cancelled before it shipped gives its coupon use back, so a limited coupon can be
 * used again; once only, however many managers cancel at once and however often the owed
 * give-back is finished again after a crash.
 */
const db = useTestDatabase();
let server: TestServer;
let fixture: CatalogFixture;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer(db);
  fixture = await seedCatalogBasics(server);
  const boss = await server.createAdmin(['SUPERADMIN']);
  cookie = await server.sessionFor(boss.id);
});
afterAll(async () => {
  await server.close();
});

/** A coupon one order in all may use, once per customer, made through the admin API. */
async function singleUseCoupon(code: string) {
  await server.http
    .post('/coupons/coupon')
    .set('Cookie', cookie)
    .send({
      code,
      kind: 'FIXED_AMOUNT',
      value: 500,
      minimumOrderCents: 0,
      usageLimit: 1,
      perCustomerLimit: 1,
    })
    .expect(200);
}

/** An order placed with the coupon: its use spent as the shopping server spends it. */
async function orderWithCoupon(code: string, customer: Types.ObjectId) {
  const redemption = await redeemCoupon(server.services.shop, {
    code,
    customer,
    subTotalCents: 5_000,
    now: new Date(),
  });
  expect(redemption.redeemed).toBe(true);
  const productId = await insertProduct(server, fixture, { stock: 1 });
  const { orderId } = await insertOrder(server, fixture, {
    userId: String(customer),
    lines: [{ productId, counts: 1, unitCents: 5_000 }],
  });
  const coupon = { id: couponIdForCode(code), code, discount: { cents: 500, currency: 'EUR' } };
  await server.services.shop.Order.updateOne({ _id: orderId }, { $set: { coupon } });
  return orderId;
}

async function timesUsed(code: string) {
  return (await server.services.shop.Coupon.findById(couponIdForCode(code)).lean())?.timesUsed;
}

function cancel(orderId: string) {
  return server.http.post('/orders/cancelOrder').set('Cookie', cookie).send({ orderId });
}

describe('a cancelled order gives its coupon use back', () => {
  it('when two managers cancel an order placed with a single-use coupon at once, then the use comes back once and the coupon can be used again', async () => {
    await singleUseCoupon('ONCE-BACK');
    const customer = new Types.ObjectId();
    const orderId = await orderWithCoupon('ONCE-BACK', customer);
    expect(await timesUsed('ONCE-BACK')).toBe(1);
    const used = await redeemCoupon(server.services.shop, {
      code: 'ONCE-BACK',
      customer: new Types.ObjectId(),
      subTotalCents: 5_000,
      now: new Date(),
    });
    expect(used).toEqual({ redeemed: false, refusal: 'USED_UP' });

    const answers = await Promise.all([cancel(orderId), cancel(orderId)]);
    // One wins; the other raced it (409) or came after it (405: already cancelled).
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses[0]).toBe(200);
    expect([405, 409]).toContain(statuses[1]);
    expect(await timesUsed('ONCE-BACK')).toBe(0);
    expect(await customerCouponUses(server.services.shop, 'ONCE-BACK', customer)).toBe(0);
    const order = await server.services.shop.Order.findById(orderId)
      .select('+pendingEffects')
      .lean();
    expect(order?.pendingEffects ?? []).toEqual([]);
    // The order keeps what it was sold with: the coupon and its discount stay on it.
    expect(order?.coupon?.code).toBe('ONCE-BACK');

    // The same shopper may now use it again, and then it is used up again.
    await orderWithCoupon('ONCE-BACK', customer);
    expect(await timesUsed('ONCE-BACK')).toBe(1);
  });

  it('when the give-back is finished again (a crash after it, before it was crossed off), then the use is not given back twice', async () => {
    await singleUseCoupon('CRASH-BACK');
    const first = new Types.ObjectId();
    const cancelled = await orderWithCoupon('CRASH-BACK', first);
    expect((await cancel(cancelled)).status).toBe(200);
    expect(await timesUsed('CRASH-BACK')).toBe(0);
    // Someone else spends the use meanwhile.
    await orderWithCoupon('CRASH-BACK', new Types.ObjectId());
    const coupon = await server.services.shop.Coupon.findById(couponIdForCode('CRASH-BACK'))
      .select('+releasesApplied')
      .lean();
    const key = coupon?.releasesApplied?.[0];
    if (!key) throw new Error('the give-back left no key on the coupon');
    // As a crash between the give-back and its crossing off leaves the order.
    await server.services.shop.Order.updateOne(
      { _id: cancelled },
      {
        $push: {
          pendingEffects: {
            key,
            kind: 'couponRelease',
            at: new Date(),
            detail: { couponId: String(couponIdForCode('CRASH-BACK')), customerId: String(first) },
          },
        },
      },
    );
    const finished = await finishOwedWork(server.services);
    expect(finished.effects).toBe(1);
    expect(await timesUsed('CRASH-BACK')).toBe(1);
  });

  it('when a delivered order is returned, then its coupon use stays spent', async () => {
    await singleUseCoupon('KEPT-USE');
    const productId = await insertProduct(server, fixture, { stock: 0 });
    const customer = new Types.ObjectId();
    await redeemCoupon(server.services.shop, {
      code: 'KEPT-USE',
      customer,
      subTotalCents: 5_000,
      now: new Date(),
    });
    const { orderId, lineIds } = await insertOrder(server, fixture, {
      status: 'COMPLETED',
      payment: 'BANK_TRANSFER',
      paid: true,
      userId: String(customer),
      lines: [{ productId, counts: 1, unitCents: 5_000 }],
      lineStatuses: ['DELIVERED'],
    });
    const coupon = {
      id: couponIdForCode('KEPT-USE'),
      code: 'KEPT-USE',
      discount: { cents: 500, currency: 'EUR' },
    };
    await server.services.shop.Order.updateOne({ _id: orderId }, { $set: { coupon } });
    await server.http
      .post('/orders/returnOrderLine')
      .set('Cookie', cookie)
      .send({ orderId, cartItemId: lineIds[0], quantity: 1, reason: 'Tamanho' })
      .expect(200);
    expect(await timesUsed('KEPT-USE')).toBe(1);
  });
});
