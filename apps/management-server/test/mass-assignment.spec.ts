import { Types } from 'mongoose';
import {
  insertOrder,
  insertProduct,
  productBody,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { useTestServer } from './support/use-test-server.js';

/**
 * Unknown keys are stripped rather than refused (Veniqa's admin echoes whole documents back),
 * so these prove that what an admin's body adds beyond its route's fields never takes effect:
 * each request succeeds, and the stored documents show none of the smuggled values.
 */
const server = useTestServer();
let fixture: CatalogFixture;
let cookie: string;

beforeAll(async () => {
  fixture = await seedCatalogBasics(server);
  const root = await server.createAdmin(['SUPERADMIN'], { email: 'root@example.com' });
  cookie = await server.sessionFor(root.id);
});

const smuggled = () => new Types.ObjectId().toHexString();

describe('mass assignment through the management server', () => {
  it('when updateAdminAccess echoes a password, _id and emailConfirmed, then only access changes', async () => {
    const target = await server.createAdmin(['CATALOG_VIEW'], { email: 'target@example.com' });
    const before = await server.services.admins.findById(target.id).lean();
    await server.http
      .put('/superAdmin/updateAdminAccess')
      .set('Cookie', cookie)
      .send({
        _id: smuggled(),
        email: 'target@example.com',
        name: 'Target',
        permissions: ['ORDER_VIEW'],
        approved: true,
        password: '$2a$10$forgedforgedforgedforgedforgedforgedforgedforgedforge',
        passwordResetTokenHash: 'f'.repeat(64),
        emailConfirmed: true,
        __v: 7,
      })
      .expect(200);
    const after = await server.services.admins.findById(target.id).lean();
    expect(after?.permissions).toEqual(['ORDER_VIEW']);
    expect(after?.password).toBe(before?.password);
    expect(after?.passwordResetTokenHash).toBe(before?.passwordResetTokenHash);
    expect(after).not.toHaveProperty('emailConfirmed');
    await server.login('target@example.com', target.password);
  });

  it('when createAdmin sends a password and SUPERADMIN-looking extras, then they are not stored', async () => {
    const id = smuggled();
    await server.http
      .post('/superAdmin/createAdmin')
      .set('Cookie', cookie)
      .send({
        _id: id,
        email: 'newcomer@example.com',
        name: 'Newcomer',
        permissions: ['ORDER_VIEW'],
        password: 'chosen-password-1',
        superAdmin: true,
      })
      .expect(200);
    const stored = await server.services.admins.findOne({ email: 'newcomer@example.com' }).lean();
    expect(String(stored?._id)).not.toBe(id);
    expect(stored?.permissions).toEqual(['ORDER_VIEW']);
    expect(stored).not.toHaveProperty('superAdmin');
    await expect(server.login('newcomer@example.com', 'chosen-password-1')).rejects.toThrow();
  });

  it('when addProduct sends _id, deleted and an audit log, then the server sets them', async () => {
    const id = smuggled();
    const res = await server.http
      .post('/catalog/addProduct')
      .set('Cookie', cookie)
      .send({
        ...productBody(fixture, { store_sku: 'MASS-1' }),
        _id: id,
        deleted: true,
        auditLog: { createdBy: { email: 'forged@example.com', name: 'Forged' } },
        colors: [{ name: 'Black', hexValue: '#000000' }],
      })
      .expect(200);
    expect(res.body.httpStatus).toBe(200);
    const stored = await server.services.shop.Product.findOne({ store_sku: 'MASS-1' }).lean();
    expect(String(stored?._id)).not.toBe(id);
    expect(stored?.deleted).not.toBe(true);
    expect(stored?.auditLog.createdBy.email).toBe('root@example.com');
    expect(stored).not.toHaveProperty('colors');
  });

  it('when a fulfilment sends overall_status and prices, then only the line step is recorded', async () => {
    const productId = await insertProduct(server, fixture);
    const { orderId, lineIds } = await insertOrder(server, fixture, {
      lines: [{ productId }],
      status: 'CONFIRMED',
      lineStatuses: ['PROCESSING'],
    });
    await server.http
      .post('/orders/markItemAsFulfilling')
      .set('Cookie', cookie)
      .send({
        orderId,
        cartItemId: lineIds[0],
        store: 'AMAZON',
        orderNumber: '112-1',
        totalCostPriceOfItemUSD: '25.00',
        customStore: null,
        overall_status: 'COMPLETED',
        totalPrice: { amount: 0, currency: 'EUR' },
        cart: { items: [] },
      })
      .expect(200);
    const stored = await server.services.shop.Order.findById(orderId).lean();
    expect(stored?.overall_status).toBe('IN-PROGRESS');
    expect(stored?.cart.items).toHaveLength(1);
    expect(stored?.cart.totalPrice.cents).toBeGreaterThan(0);
  });
});
