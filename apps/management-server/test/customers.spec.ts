import {
  adminCustomerSummarySchema,
  customerDetailSchema,
  customerErasureSchema,
  customerExportSchema,
  paginated,
} from '@aneis/contracts';
import { erasedEmailOf } from '@aneis/data';
import { Types } from 'mongoose';
import {
  insertCustomer,
  insertOrder,
  insertProduct,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();
let fixture: CatalogFixture;
let productId: string;
let manager: string;
let viewer: string;
let orderManager: string;

beforeAll(async () => {
  fixture = await seedCatalogBasics(server);
  productId = await insertProduct(server, fixture);
  manager = await server.cookieFor(['CUSTOMER_MANAGE'], {
    email: 'desk@example.com',
    name: 'Desk',
  });
  viewer = await server.cookieFor(['CUSTOMER_VIEW']);
  orderManager = await server.cookieFor(['ORDER_MANAGE']);
});

const list = paginated(adminCustomerSummarySchema);

function search(text: string | undefined, as = viewer) {
  return server.http
    .post('/customers/list')
    .set('Cookie', as)
    .send({
      ...(text === undefined ? {} : { search: text }),
      pagingOptions: { page: 1, limit: 50 },
    });
}

function act(action: 'block' | 'unblock' | 'export' | 'erase', customerId: string, as = manager) {
  return server.http.post(`/customers/${action}`).set('Cookie', as).send({ customerId });
}

async function auditOf(customerId: string, action: string) {
  return server.services.auditEntries
    .find({ entityType: 'customer', entityId: customerId, action })
    .lean();
}

describe('finding customers', () => {
  it('when a viewer searches part of a name or e-mail in any case, then only matching accounts come back', async () => {
    await insertCustomer(server, { email: 'maria.pereira@example.com', name: 'Maria Pereira' });
    await insertCustomer(server, { email: 'joao@example.com', name: 'João Costa' });

    const byName = list.parse((await search('PEREIRA').expect(200)).body.responseData);
    expect(byName.docs.map((c) => c.email)).toEqual(['maria.pereira@example.com']);
    const byEmail = list.parse((await search('joao@').expect(200)).body.responseData);
    expect(byEmail.docs.map((c) => c.name)).toEqual(['João Costa']);
    expect(byEmail.docs[0]).not.toHaveProperty('password');
  });

  it('when the search holds pattern characters or an operator, then it matches them literally or is refused', async () => {
    await insertCustomer(server, { email: 'dot@example.com', name: 'A.B (test)' });
    const literal = list.parse((await search('A.B (').expect(200)).body.responseData);
    expect(literal.docs.map((c) => c.email)).toEqual(['dot@example.com']);
    // `.*` as a pattern would match everyone; as text it matches nobody.
    expect(list.parse((await search('.*').expect(200)).body.responseData).total).toBe(0);

    const operator = await server.http
      .post('/customers/list')
      .set('Cookie', viewer)
      .send({ search: { $ne: '' }, pagingOptions: { page: 1, limit: 5 } });
    expect(operator.status).toBe(400);
  });

  it('when customers are paged, then a page holds at most its limit and the total counts all', async () => {
    for (let i = 0; i < 3; i += 1) {
      await insertCustomer(server, { email: `pager${i}@example.com`, name: `Pager ${i}` });
    }
    const res = await server.http
      .post('/customers/list')
      .set('Cookie', viewer)
      .send({ search: 'pager', pagingOptions: { page: 2, limit: 2 } })
      .expect(200);
    const page = list.parse(res.body.responseData);
    expect(page).toMatchObject({ total: 3, page: 2, pages: 2 });
    expect(page.docs).toHaveLength(1);
  });

  it('when an admin without a customer permission lists or opens customers, then 403', async () => {
    const { customerId } = await insertCustomer(server);
    expect((await search(undefined, orderManager)).status).toBe(403);
    const detail = await server.http
      .get('/customers/customer')
      .query({ customerId })
      .set('Cookie', orderManager);
    expect(detail.status).toBe(403);
  });

  it('when a viewer tries to block, export or erase, then 403 and nothing changes', async () => {
    const { customerId } = await insertCustomer(server);
    for (const action of ['block', 'export', 'erase'] as const) {
      expect((await act(action, customerId, viewer)).status).toBe(403);
    }
    const stored = await server.services.shop.Customer.findById(customerId).lean();
    expect(stored).toMatchObject({ deleted: false });
    expect(stored?.blocked).toBeUndefined();
  });

  it('when a customer is opened, then their addresses and their orders with AN- numbers show', async () => {
    const { customerId } = await insertCustomer(server, { email: 'orders@example.com' });
    await insertOrder(server, fixture, {
      lines: [{ productId, unitCents: 4_500 }],
      userId: customerId,
      userEmail: 'orders@example.com',
    });
    await server.services.shop.Order.updateOne(
      { user: new Types.ObjectId(customerId) },
      { $set: { orderNumber: 'AN-2026-000777' } },
    );
    const res = await server.http
      .get('/customers/customer')
      .query({ customerId })
      .set('Cookie', viewer)
      .expect(200);
    const detail = customerDetailSchema.parse(res.body.responseData);
    expect(detail.addresses).toHaveLength(1);
    expect(detail.orders).toEqual([
      expect.objectContaining({
        orderNumber: 'AN-2026-000777',
        totalPrice: { amount: 45, currency: 'EUR' },
      }),
    ]);
  });

  it('when an unknown or malformed id is opened, then 404 or 400 with a message', async () => {
    const unknown = await server.http
      .get('/customers/customer')
      .query({ customerId: new Types.ObjectId().toHexString() })
      .set('Cookie', viewer);
    expect(unknown.status).toBe(404);
    const malformed = await server.http
      .get('/customers/customer')
      .query({ customerId: 'nope' })
      .set('Cookie', viewer);
    expect(malformed.status).toBe(400);
    expect(malformed.body.errorDetails).toBeTruthy();
  });
});

describe('blocking', () => {
  it('when a manager blocks and then unblocks, then the account says so and both are audited once', async () => {
    const { customerId } = await insertCustomer(server);
    const blocked = adminCustomerSummarySchema.parse(
      (await act('block', customerId).expect(200)).body.responseData,
    );
    expect(blocked.blocked).toBe(true);
    // Blocking again changes nothing and records nothing.
    await act('block', customerId).expect(200);
    expect((await server.services.shop.Customer.findById(customerId).lean())?.blocked).toBe(true);

    const unblocked = adminCustomerSummarySchema.parse(
      (await act('unblock', customerId).expect(200)).body.responseData,
    );
    expect(unblocked.blocked).toBe(false);

    const blocks = await auditOf(customerId, 'blockCustomer');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({
      actor: { email: 'desk@example.com' },
      before: { blocked: false },
      after: { blocked: true },
    });
    expect(await auditOf(customerId, 'unblockCustomer')).toHaveLength(1);
  });
});

describe('exporting', () => {
  it('when a manager exports a customer, then everything held comes back without secrets, and it is audited', async () => {
    const { customerId } = await insertCustomer(server, { email: 'export@example.com' });
    await server.services.shop.Customer.updateOne(
      { _id: customerId },
      {
        $set: {
          passwordResetToken: 'f'.repeat(64),
          cart: { items: [], totalPrice: { cents: 0, currency: 'EUR' } },
        },
      },
      { strict: false },
    );
    await insertOrder(server, fixture, {
      lines: [{ productId }],
      userId: customerId,
      userEmail: 'export@example.com',
    });

    const res = await act('export', customerId).expect(200);
    const exported = customerExportSchema.parse(res.body.responseData);
    expect(exported.account.email).toBe('export@example.com');
    expect(exported.addresses).toHaveLength(1);
    expect(exported.orders).toHaveLength(1);
    expect(exported.cart).toMatchObject({ items: [] });
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('$2b$');
    expect(text).not.toMatch(/password|Token/);

    const entries = await auditOf(customerId, 'exportCustomerData');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actor.email).toBe('desk@example.com');
  });
});

describe('erasing', () => {
  it('when a manager erases a customer, then the account is anonymised, orders keep numbers and amounts without personal data, and it is audited', async () => {
    const email = 'erase.me@example.com';
    const { customerId } = await insertCustomer(server, { email, name: 'Erase Me' });
    const { orderId } = await insertOrder(server, fixture, {
      lines: [{ productId, unitCents: 12_345 }],
      userId: customerId,
      userEmail: email,
    });
    const now = new Date();
    await server.services.shop.Order.updateOne(
      { _id: orderId },
      {
        $set: { orderNumber: 'AN-2026-000888' },
        $push: {
          comments: {
            $each: [
              {
                _id: new Types.ObjectId(),
                content: 'Please ring the bell at Rua Augusta',
                auditLog: {
                  createdBy: { email, name: 'CUSTOMER' },
                  updatedBy: { email, name: 'CUSTOMER' },
                  createdOn: now,
                  updatedOn: now,
                },
              },
              {
                _id: new Types.ObjectId(),
                content: 'Packed with care',
                auditLog: {
                  createdBy: { email: 'desk@example.com', name: 'Desk' },
                  updatedBy: { email: 'desk@example.com', name: 'Desk' },
                  createdOn: now,
                  updatedOn: now,
                },
              },
            ],
          },
        },
      },
    );

    const res = await act('erase', customerId).expect(200);
    expect(customerErasureSchema.parse(res.body.responseData)).toEqual({
      customerId,
      ordersAnonymised: 1,
    });

    const account = await server.services.shop.Customer.findById(customerId).lean();
    expect(account).toMatchObject({
      deleted: true,
      addresses: [],
      email: erasedEmailOf(new Types.ObjectId(customerId)),
    });
    expect(JSON.stringify(account)).not.toMatch(/Erase Me|erase\.me|Augusta/);

    const order = await server.services.shop.Order.findById(orderId).lean();
    const kept = JSON.stringify(order);
    expect(kept).not.toMatch(/erase\.me|Ana|Silva|Augusta|912 345|ring the bell/);
    expect(order?.orderNumber).toBe('AN-2026-000888');
    expect(order?.cart.totalPrice).toEqual({ cents: 12_345, currency: 'EUR' });
    expect(order?.cart.items).toHaveLength(1);
    expect(order?.mailing_address.country).toBe('PT');
    expect(order?.comments.map((c) => c.content)).toEqual(['[erased]', 'Packed with care']);

    // Gone from the admin's views too, and a second erasure finds nobody.
    expect((await search('erase.me')).body.responseData.total).toBe(0);
    expect((await act('erase', customerId)).status).toBe(404);

    const entries = await auditOf(customerId, 'eraseCustomer');
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries[0])).not.toMatch(/erase\.me|Erase Me/);
  });

  it('when an erased customer’s e-mail is looked up by sign-up, then it is free again', async () => {
    const email = 'again@example.com';
    const { customerId } = await insertCustomer(server, { email });
    await act('erase', customerId).expect(200);
    expect(await server.services.shop.Customer.exists({ email })).toBeNull();
  });
});
