import { randomUUID } from 'node:crypto';
import {
  adminRoles,
  managementRoutes,
  routeKey,
  type AdminRole,
  type RouteContract,
} from '@aneis/contracts';
import { couponIdForCode } from '@aneis/data';
import { present } from '@aneis/testing';
import { Types } from 'mongoose';
import {
  expectedGuardStatus,
  permissionTable,
  type Caller,
} from '../src/routing/permission-table.js';
import { hashResetToken } from '../src/security/reset-token.js';
import { forgeSession } from './support/forge-session.js';
import {
  deliveredLine,
  insertCustomer,
  insertOrder,
  insertProduct,
  productBody,
  seedCarriers,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { insertDeliveredOrder, insertFailedCardRefund } from './support/refund-fixtures.js';
import { SESSION_SECRET } from './support/test-server.js';
import { useTestServerWithStripe } from './support/use-test-server.js';

/**
 * Generated from the route table: every route × every role (one admin per role), no session,
 * and a shopper's session from the shopping server → exactly 200, 401 or 403.
 */
const { server, stripe } = useTestServerWithStripe('sk_test_matrix');
let fixture: CatalogFixture;
let productId: string;
let orderId: string;
let shippingMethodId: string;
const roleAdmins = new Map<AdminRole, { id: string; email: string; name: string }>();
let loginAdmin: { email: string; password: string };
let seq = 0;
const unique = () => {
  seq += 1;
  return seq;
};
const letters = (n: number) => String.fromCharCode(65 + (Math.floor(n / 26) % 26), 65 + (n % 26));

interface SampleRequest {
  path?: string;
  query?: Record<string, string>;
  body?: unknown;
}
type Author = { email: string; name: string } | undefined;
type Sample = (author: Author) => Promise<SampleRequest>;

async function freshOrder(
  status: 'RECEIVED' | 'CONFIRMED' | 'IN-PROGRESS',
  line?: Parameters<typeof insertOrder>[2]['lineProcessing'],
) {
  return insertOrder(server, fixture, {
    status,
    lines: [{ productId }],
    ...(line ? { lineProcessing: line } : {}),
  });
}

async function orderWithComment(author: Author) {
  const { orderId: id } = await freshOrder('RECEIVED');
  const commentId = new Types.ObjectId();
  const who = author ?? { email: 'someone@example.com', name: 'Someone' };
  const now = new Date();
  await server.services.shop.Order.updateOne(
    { _id: id },
    {
      $push: {
        comments: {
          _id: commentId,
          content: 'note',
          auditLog: { createdBy: who, updatedBy: who, createdOn: now, updatedOn: now },
        },
      },
    },
  );
  return { orderId: id, commentId: String(commentId) };
}

const samples: Record<string, Sample> = {
  'POST /security/login': async () => ({ body: loginAdmin }),
  'GET /security/isLoggedIn': async () => ({}),
  'GET /security/logout': async () => ({}),
  'POST /security/logout': async () => ({}),
  'GET /security/forgotPassword': async () => ({ query: { email: 'nobody@example.com' } }),
  'GET /security/validatePasswordResetToken/:token': async () => ({
    path: `/security/validatePasswordResetToken/${'a'.repeat(40)}`,
  }),
  'POST /security/resetPassword': async () => {
    const token = randomUUID().replace(/-/g, '').padEnd(40, '0');
    const admin = await server.createAdmin(['ORDER_VIEW']);
    await server.services.admins.updateOne(
      { _id: admin.id },
      {
        $set: {
          passwordResetTokenHash: hashResetToken(token),
          passwordResetExpires: new Date(Date.now() + 60_000),
        },
      },
    );
    return { body: { token, newPassword: 'matrix-pass1' } };
  },
  'POST /superAdmin/createAdmin': async () => ({
    body: { email: `created${unique()}@example.com`, name: 'Created', permissions: ['ORDER_VIEW'] },
  }),
  'GET /superAdmin/getAllAdmins': async () => ({}),
  'GET /superAdmin/getAdminDetails': async () => ({ query: { email: loginAdmin.email } }),
  'PUT /superAdmin/updateAdminAccess': async () => {
    const admin = await server.createAdmin(['ORDER_VIEW']);
    return { body: { email: admin.email, name: 'Renamed' } };
  },
  'DELETE /superAdmin/deleteAdmin': async () => {
    const admin = await server.createAdmin(['ORDER_VIEW']);
    return { body: { email: admin.email } };
  },
  'POST /catalog/search': async () => ({ body: { pagingOptions: { page: 1, limit: 5 } } }),
  'POST /catalog/addProduct': async () => ({ body: productBody(fixture) }),
  'GET /catalog/getProductDetails': async () => ({ query: { productId } }),
  'PUT /catalog/updateProduct': async () => ({ body: { ...productBody(fixture), _id: productId } }),
  'DELETE /catalog/deleteProduct': async () => ({
    body: { productId: await insertProduct(server, fixture) },
  }),
  'GET /catalog/getPresignedUrlsForCatalogImageUploads': async () => ({
    query: { numberOfThumbnailAndDetailedImages: '1' },
  }),
  'POST /ui/featured': async () => ({
    body: {
      name: 'homepage',
      content: [{ products: [productId], config: { design_type: 'Stripe', name: 'D1' } }],
    },
  }),
  'GET /ui/featuredList': async () => ({}),
  'GET /ui/featured': async () => ({ query: { name: 'homepage' } }),
  'DELETE /ui/featured': async () => {
    const name = `section-${unique()}`;
    await server.services.shop.FeaturedSection.create({ name, content: [] });
    return { body: { name } };
  },
  'GET /referenceData/getCatalogBundle': async () => ({}),
  'GET /referenceData/getStores': async () => ({}),
  'GET /referenceData/getRoles': async () => ({}),
  'GET /referenceData/getWeightUnits': async () => ({}),
  'GET /referenceData/productCategoryList': async () => ({}),
  'POST /referenceData/productCategory': async () => ({
    body: { category: 'Rings', subcategory: `Sub ${unique()}` },
  }),
  'GET /referenceData/productCategory': async () => ({ query: { categoryId: fixture.categoryId } }),
  'PUT /referenceData/productCategory': async () => ({
    body: { _id: fixture.categoryId, subcategory: 'Gold' },
  }),
  'DELETE /referenceData/productCategory': async () => {
    const category = await server.services.shop.Category.create({
      category: 'Temp',
      subcategory: `T${unique()}`,
    });
    return { body: { categoryId: String(category._id) } };
  },
  'GET /referenceData/tariffList': async () => ({}),
  'POST /referenceData/tariff': async () => ({
    body: { name: `Tariff ${unique()}`, rates: { PT: 5 } },
  }),
  'GET /referenceData/tariff': async () => ({ query: { tariffId: fixture.tariffId } }),
  'PUT /referenceData/tariff': async () => ({
    body: { _id: fixture.tariffId, rates: { PT: 23, Nepal: 10 } },
  }),
  'DELETE /referenceData/tariff': async () => {
    const tariff = await server.services.shop.Tariff.create({
      name: `Temp ${unique()}`,
      rates: {},
    });
    return { body: { tariffId: String(tariff._id) } };
  },
  'GET /referenceData/countryList': async () => ({}),
  'POST /referenceData/country': async () => ({
    body: { code: letters(unique()), name: 'Somewhere', currency: 'EUR' },
  }),
  'PUT /referenceData/country': async () => ({ body: { code: 'PT', name: 'Portugal' } }),
  'DELETE /referenceData/country': async () => {
    const code = letters(unique() + 300);
    await server.services.shop.Country.create({ code, name: 'Gone', currency: 'EUR' });
    return { body: { code } };
  },
  'GET /referenceData/shippingMethodList': async () => ({}),
  'POST /referenceData/shippingMethod': async () => ({
    body: {
      code: `ship-${unique()}`,
      name: 'Ship',
      maximumDays: 5,
      price: { amount: 5, currency: 'EUR' },
    },
  }),
  'GET /referenceData/shippingMethod': async () => ({ query: { shippingMethodId } }),
  'PUT /referenceData/shippingMethod': async () => ({
    body: { _id: shippingMethodId, name: 'CTT' },
  }),
  'DELETE /referenceData/shippingMethod': async () => {
    const method = await server.services.shop.ShippingMethod.create({
      code: `gone-${unique()}`,
      name: 'Gone',
      maximumDays: 3,
      price: { cents: 100, currency: 'EUR' },
    });
    return { body: { shippingMethodId: String(method._id) } };
  },
  'GET /referenceData/exchangeRateList': async () => ({}),
  'PUT /referenceData/exchangeRate': async () => ({
    body: { currency: 'USD', one_usd_equals: 1.08 },
  }),
  'DELETE /referenceData/exchangeRate': async () => {
    const currency = `X${letters(unique())}`;
    await server.services.shop.ExchangeRate.create({ currency, one_usd_equals: 2 });
    return { body: { currency } };
  },
  'GET /referenceData/carrierList': async () => ({}),
  'POST /referenceData/carrier': async () => ({
    body: { code: `C${letters(unique())}`, name: 'Carrier' },
  }),
  'PUT /referenceData/carrier': async () => ({ body: { code: 'CTT', name: 'CTT Correios' } }),
  'DELETE /referenceData/carrier': async () => {
    const code = `GONE${letters(unique())}`;
    await server.services.shop.Carrier.create({ code, name: 'Gone' });
    return { body: { code } };
  },
  'GET /coupons/couponList': async () => ({}),
  'POST /coupons/coupon': async () => ({
    body: { code: `C${letters(unique())}`, kind: 'PERCENTAGE', value: 5 },
  }),
  'PUT /coupons/coupon': async () => {
    const code = `CHANGE${letters(unique())}`;
    await server.services.shop.Coupon.create({
      _id: couponIdForCode(code),
      code,
      kind: 'FIXED_AMOUNT',
      value: 100,
    });
    return { body: { code, active: false } };
  },
  'POST /orders/orderList': async () => ({ body: { pagingOptions: { page: 1, limit: 5 } } }),
  'GET /orders/order': async () => ({ query: { orderId } }),
  'POST /orders/confirmOrder': async () => ({
    body: { orderId: (await freshOrder('RECEIVED')).orderId },
  }),
  'POST /orders/cancelOrder': async () => ({
    body: { orderId: (await freshOrder('RECEIVED')).orderId },
  }),
  'POST /orders/returnOrderLine': async () => {
    const order = await insertDeliveredOrder(server, fixture, productId);
    return {
      body: { orderId: order.orderId, cartItemId: order.lineIds[0], quantity: 1, reason: 'Size' },
    };
  },
  // A refused card refund Stripe (the stand-in) accepts on the retry.
  'POST /orders/retryRefund': async () => ({
    body: await insertFailedCardRefund(server, fixture, productId, stripe.paidIntent(10_000).id),
  }),
  // A fresh cash-on-delivery order awaits payment, so an allowed caller gets 200.
  'POST /orders/markOrderAsPaid': async () => ({
    body: { orderId: (await freshOrder('RECEIVED')).orderId },
  }),
  'POST /orders/markItemAsFulfilling': async () => {
    const order = await freshOrder('CONFIRMED', [{ status: 'PROCESSING' }]);
    return {
      body: {
        orderId: order.orderId,
        cartItemId: order.lineIds[0],
        store: 'X',
        orderNumber: '1',
        totalCostPriceOfItemUSD: '25',
      },
    };
  },
  'POST /orders/markItemAsShipped': async () => {
    const order = await freshOrder('IN-PROGRESS', [{ status: 'FULFILLING' }]);
    return {
      body: {
        orderId: order.orderId,
        cartItemId: order.lineIds[0],
        provider: 'DHL',
        trackingNumber: 'T',
        service: 'S',
        paidPostageInUSD: 9,
      },
    };
  },
  'POST /orders/markItemAsDelivered': async () => {
    const order = await freshOrder('IN-PROGRESS', [{ status: 'SHIPPED' }]);
    return {
      body: { orderId: order.orderId, cartItemId: order.lineIds[0], deliveryDate: '2026-11-20' },
    };
  },
  'PUT /orders/updateOrderFulfillmentDetails': async () => {
    const order = await freshOrder('IN-PROGRESS', [deliveredLine()]);
    return { body: { orderId: order.orderId, cartItemId: order.lineIds[0], orderNumber: 'PO-2' } };
  },
  'PUT /orders/updateShipmentDetails': async () => {
    const order = await freshOrder('IN-PROGRESS', [deliveredLine()]);
    return {
      body: { orderId: order.orderId, cartItemId: order.lineIds[0], trackingNumber: 'T-2' },
    };
  },
  'PUT /orders/updateDeliveryDetails': async () => {
    const order = await freshOrder('IN-PROGRESS', [deliveredLine()]);
    return {
      body: { orderId: order.orderId, cartItemId: order.lineIds[0], deliveryDate: '2026-11-21' },
    };
  },
  'POST /orders/addComment': async () => ({ body: { orderId, comment: 'Called the customer.' } }),
  'PUT /orders/editComment': async (author) => ({
    body: { ...(await orderWithComment(author)), comment: 'Edited.' },
  }),
  'DELETE /orders/deleteComment': async (author) => ({ body: await orderWithComment(author) }),
  'GET /dashboard/summary': async () => ({}),
  'POST /audit/list': async () => ({ body: { pagingOptions: { page: 1, limit: 5 } } }),
  'POST /customers/list': async () => ({ body: { pagingOptions: { page: 1, limit: 5 } } }),
  'GET /customers/customer': async () => ({ query: await freshCustomer() }),
  'POST /customers/block': async () => ({ body: await freshCustomer() }),
  'POST /customers/unblock': async () => ({ body: await freshCustomer(true) }),
  'POST /customers/export': async () => ({ body: await freshCustomer() }),
  'POST /customers/erase': async () => ({ body: await freshCustomer() }),
};

async function freshCustomer(blocked?: boolean): Promise<{ customerId: string }> {
  const { customerId } = await insertCustomer(server, blocked === undefined ? {} : { blocked });
  return { customerId };
}

beforeAll(async () => {
  fixture = await seedCatalogBasics(server);
  productId = await insertProduct(server, fixture);
  orderId = (await insertOrder(server, fixture, { lines: [{ productId }] })).orderId;
  await server.services.shop.FeaturedSection.create({ name: 'homepage', content: [] });
  await seedCarriers(server);
  await server.services.shop.Country.create({ code: 'PT', name: 'Portugal', currency: 'EUR' });
  shippingMethodId = String(
    (
      await server.services.shop.ShippingMethod.create({
        code: 'ctt',
        name: 'CTT',
        maximumDays: 3,
        price: { cents: 500, currency: 'EUR' },
      })
    )._id,
  );
  const login = await server.createAdmin(['ORDER_VIEW']);
  loginAdmin = { email: login.email, password: login.password };
  for (const role of adminRoles) {
    const admin = await server.createAdmin([role], { name: `Only ${role}` });
    roleAdmins.set(role, { id: admin.id, email: admin.email, name: `Only ${role}` });
  }
});

type MatrixCaller = { label: string; caller: Caller; role?: AdminRole };
const callers: MatrixCaller[] = [
  ...adminRoles.map((role) => ({
    label: role,
    role,
    caller: { kind: 'admin', roles: [role] } as Caller,
  })),
  { label: 'no session', caller: { kind: 'anonymous' } },
  { label: 'shopper session', caller: { kind: 'customer' } },
];

async function cookieFor(entry: MatrixCaller): Promise<string | undefined> {
  if (entry.role)
    return server.sessionFor(present(roleAdmins.get(entry.role), `the ${entry.role} admin`).id);
  if (entry.caller.kind === 'anonymous') return undefined;
  // A session exactly as the shopping server stores it: its prefix, its cookie name, a user id.
  const shopper = await forgeSession({
    redis: server.redis,
    keyPrefix: `${server.shoppingPrefix}sess:`,
    cookieName: 'shop.sid',
    secret: SESSION_SECRET,
    data: { userId: new Types.ObjectId().toHexString() },
  });
  return shopper.cookie;
}

function send(route: RouteContract, sample: SampleRequest, cookie: string | undefined) {
  const path = sample.path ?? route.path;
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  let call = server.http[method](path);
  if (cookie) call = call.set('Cookie', cookie);
  if (sample.query) call = call.query(sample.query);
  return sample.body === undefined ? call : call.send(sample.body as object);
}

describe('permission matrix', () => {
  it('when the route table is read, then every route has a guard and a sample request', () => {
    for (const route of managementRoutes) {
      expect(permissionTable.has(routeKey(route))).toBe(true);
      expect(samples, routeKey(route)).toHaveProperty([routeKey(route)]);
    }
  });

  it.each(managementRoutes.map((route) => [routeKey(route), route] as const))(
    'when every role, nobody and a shopper call %s, then each gets exactly the expected status',
    async (key, route) => {
      const guard = present(permissionTable.get(key), `the guard of ${key}`);
      const sample = present(samples[key], `a sample request for ${key}`);
      const outcomes: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const entry of callers) {
        const author = entry.role ? roleAdmins.get(entry.role) : undefined;
        const res = await send(
          route,
          await sample(author && { email: author.email, name: author.name }),
          await cookieFor(entry),
        );
        outcomes[entry.label] = res.status;
        expected[entry.label] = expectedGuardStatus(guard, entry.caller);
      }
      expect(outcomes).toEqual(expected);
    },
  );

  it('when a shopper session id is sent under the admin cookie name, then it is still not logged in', async () => {
    const shopper = await forgeSession({
      redis: server.redis,
      keyPrefix: `${server.shoppingPrefix}sess:`,
      cookieName: server.config.session.cookieName,
      secret: SESSION_SECRET,
      data: { userId: new Types.ObjectId().toHexString() },
    });
    const res = await server.http.get('/referenceData/getRoles').set('Cookie', shopper.cookie);
    expect(res.status).toBe(401);
    expect(res.text).toBe('only for logged in users');
  });
});
