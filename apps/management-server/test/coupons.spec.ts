import { couponSchema, dashboardSummarySchema } from '@aneis/contracts';
import { couponIdForCode, couponRefusal } from '@aneis/data';
import { insertOrder, insertProduct, seedCatalogBasics } from './support/fixtures.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();
let boss: string;

beforeAll(async () => {
  boss = await server.cookieFor(['SUPERADMIN']);
});

const send = (method: 'post' | 'put', body: object, cookie = boss) =>
  server.http[method]('/coupons/coupon').set('Cookie', cookie).send(body);
const list = (cookie = boss) => server.http.get('/coupons/couponList').set('Cookie', cookie);

describe('coupon management', () => {
  it('when a window is given as days, then they are Lisbon days: "until 29 March 2026" (clocks forward) works to 23:59:59 Lisbon summer time, "from 25 October" (clocks back) from its Lisbon midnight', async () => {
    const spring = await send('post', {
      code: 'ATE-29-MARCO',
      kind: 'PERCENTAGE',
      value: 10,
      validFrom: '2026-03-29',
      validUntil: '2026-03-29',
    }).expect(200);
    expect(spring.body.responseData).toMatchObject({
      validFrom: '2026-03-29T00:00:00.000Z',
      validUntil: '2026-03-29T23:00:00.000Z',
    });
    const stored = await server.services.shop.Coupon.findOne({ code: 'ATE-29-MARCO' }).lean();
    const at = (instant: string) =>
      couponRefusal(stored, { now: new Date(instant), subTotalCents: 10_000, customerUses: 0 });
    expect(at('2026-03-28T23:59:59.999Z')).toBe('NOT_YET_VALID');
    expect(at('2026-03-29T22:59:59.000Z')).toBeNull();
    expect(at('2026-03-29T23:00:00.000Z')).toBe('EXPIRED');

    const autumn = await send('post', {
      code: 'DESDE-25-OUT',
      kind: 'PERCENTAGE',
      value: 10,
      validFrom: '2026-10-25',
      validUntil: '2026-10-25',
    }).expect(200);
    expect(autumn.body.responseData).toMatchObject({
      validFrom: '2026-10-24T23:00:00.000Z',
      validUntil: '2026-10-26T00:00:00.000Z',
    });
  });

  it('when a coupon is added, changed and deactivated, then each step answers, lists and is audited', async () => {
    const added = await send('post', {
      code: ' spring-15 ',
      kind: 'PERCENTAGE',
      value: 15,
      minimumOrderCents: 5000,
      validFrom: '2026-03-01',
      validUntil: '2026-06-01T00:00:00Z',
      usageLimit: 100,
      perCustomerLimit: 1,
    }).expect(200);
    expect(couponSchema.parse(added.body.responseData)).toEqual({
      code: 'SPRING-15',
      kind: 'PERCENTAGE',
      value: 15,
      minimumOrderCents: 5000,
      validFrom: '2026-03-01T00:00:00.000Z',
      validUntil: '2026-06-01T00:00:00.000Z',
      usageLimit: 100,
      perCustomerLimit: 1,
      active: true,
      timesUsed: 0,
    });
    const changed = await send('put', { code: 'Spring-15', value: 20, usageLimit: null });
    expect(changed.status).toBe(200);
    expect(changed.body.responseData).toMatchObject({ value: 20, usageLimit: null, active: true });
    const off = await send('put', { code: 'SPRING-15', active: false }).expect(200);
    expect(off.body.responseData.active).toBe(false);
    const listed = (await list().expect(200)).body.responseData;
    expect(listed.map((c: { code: string }) => c.code)).toContain('SPRING-15');
    const audit = await server.services.auditEntries
      .find({ entityType: 'coupon', entityId: 'SPRING-15' })
      .sort({ at: 1 })
      .lean();
    expect(audit.map((entry) => entry.action)).toEqual([
      'addCoupon',
      'updateCoupon',
      'updateCoupon',
    ]);
  });

  it('when a code is taken in another case, then adding it again is a 409 naming the field', async () => {
    await send('post', { code: 'WELCOME', kind: 'FIXED_AMOUNT', value: 500 }).expect(200);
    const again = await send('post', { code: 'welcome', kind: 'PERCENTAGE', value: 5 }).expect(409);
    expect(again.body.fields).toEqual([{ path: 'code', code: 'taken' }]);
  });

  it('when terms do not hold together or are malformed, then it is a 400 and nothing is stored', async () => {
    const refused = [
      { code: 'TOOMUCH', kind: 'PERCENTAGE', value: 150 },
      { code: 'THIRDS', kind: 'PERCENTAGE', value: 33.333 },
      { code: 'HALFCENT', kind: 'FIXED_AMOUNT', value: 12.5 },
      {
        code: 'BACKWARDS',
        kind: 'PERCENTAGE',
        value: 5,
        validFrom: '2026-05-01',
        validUntil: '2026-04-01',
      },
      { code: 'NEGATIVE', kind: 'FIXED_AMOUNT', value: -1 },
      { code: 'ZEROLIMIT', kind: 'FIXED_AMOUNT', value: 100, usageLimit: 0 },
      { code: 'X', kind: 'PERCENTAGE', value: 5 },
      { code: { $gt: '' }, kind: 'PERCENTAGE', value: 5 },
      { code: 'NOKIND', value: 5 },
    ];
    for (const body of refused) {
      const res = await send('post', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await server.services.shop.Coupon.countDocuments({ code: 'TOOMUCH' })).toBe(0);
    // Only redemptions move the use count: a body cannot set it.
    const sneaky = await send('post', {
      code: 'EXTRA',
      kind: 'PERCENTAGE',
      value: 5,
      timesUsed: 3,
    });
    expect(sneaky.body.responseData?.timesUsed ?? 0).toBe(0);
    await send('post', { code: 'HALFCHANGE', kind: 'FIXED_AMOUNT', value: 150 }).expect(200);
    // A change is checked against the stored fields it does not name (150 % is no discount).
    await send('put', { code: 'HALFCHANGE', kind: 'PERCENTAGE' }).expect(400);
    await send('put', { code: 'NOSUCHCOUPON', active: false }).expect(404);
  });

  it('when an admin without the pricing permissions calls, then reading and writing are refused', async () => {
    const viewer = await server.cookieFor(['TARIFF_VIEW']);
    const orders = await server.cookieFor(['ORDER_MANAGE']);
    await list(viewer).expect(200);
    await send('post', { code: 'VIEWERS', kind: 'PERCENTAGE', value: 5 }, viewer).expect(403);
    await list(orders).expect(403);
    await server.http.get('/coupons/couponList').expect(401);
  });

  it('when orders used coupons, then the order page shows the discount and the dashboard sums the last 30 days', async () => {
    const fixture = await seedCatalogBasics(server, '-coupons');
    const ring = await insertProduct(server, fixture, { name: 'Coupon Ring' });
    const line = { productId: ring, name: 'Coupon Ring', counts: 1, unitCents: 10_000 };
    const withCoupon = async (
      cents: number,
      options: Parameters<typeof insertOrder>[2] = { lines: [line] },
    ) => {
      const { orderId } = await insertOrder(server, fixture, options);
      const coupon = {
        id: couponIdForCode('DASH'),
        code: 'DASH',
        discount: { cents, currency: 'EUR' },
      };
      await server.services.shop.Order.updateOne({ _id: orderId }, { $set: { coupon } });
      return orderId;
    };
    const counted = await withCoupon(1_250);
    await withCoupon(700);
    await withCoupon(900, { lines: [line], status: 'CANCELLED' });
    await withCoupon(300, { lines: [line], createdOn: new Date(Date.now() - 40 * 86_400_000) });
    await insertOrder(server, fixture, { lines: [line] });

    const detail = await server.http
      .get('/orders/order')
      .query({ orderId: counted })
      .set('Cookie', boss);
    expect(detail.status).toBe(200);
    expect(detail.body.responseData.coupon).toEqual({
      code: 'DASH',
      discount: { amount: 12.5, currency: 'EUR' },
    });
    const res = await server.http.get('/dashboard/summary').set('Cookie', boss).expect(200);
    const summary = dashboardSummarySchema.parse(res.body.responseData);
    expect(summary.discountsLast30Days).toEqual({
      orders: 2,
      amount: { amount: 19.5, currency: 'EUR' },
    });
  });
});
