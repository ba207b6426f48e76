import { dashboardSummarySchema } from '@aneis/contracts';
import { insertOrder, insertProduct, seedCatalogBasics } from './support/fixtures.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('dashboard summary', () => {
  it('when orders were placed over the last weeks, then revenue, counts, statuses, top products and low stock match', async () => {
    const fixture = await seedCatalogBasics(server);
    const ring = await insertProduct(server, fixture, {
      name: 'Ring',
      stock: 2,
      lowStockThreshold: 3,
    });
    const band = await insertProduct(server, fixture, {
      name: 'Band',
      stock: 10,
      lowStockThreshold: 3,
    });
    await insertProduct(server, fixture, { name: 'Untracked' });
    await insertProduct(server, fixture, {
      name: 'Gone',
      stock: 0,
      lowStockThreshold: 1,
      deleted: true,
    });

    // today: 2×100 ring + 1×50 band = 250 paid by card; a cancelled 999 that must not count as
    // revenue; a bank transfer of 70 nobody paid yet (not revenue, but awaiting payment)
    await insertOrder(server, fixture, {
      payment: 'STRIPE',
      lines: [
        { productId: ring, name: 'Ring', counts: 2, unitCents: 10_000 },
        { productId: band, name: 'Band', counts: 1, unitCents: 5_000 },
      ],
    });
    await insertOrder(server, fixture, {
      status: 'CANCELLED',
      lines: [{ productId: ring, name: 'Ring', counts: 9, unitCents: 11_100 }],
    });
    await insertOrder(server, fixture, {
      payment: 'BANK_TRANSFER',
      lines: [{ productId: band, name: 'Band', counts: 1, unitCents: 7_000 }],
    });
    // 3 days ago: 4×50 band = 200 (confirmed, cash on delivery already received)
    await insertOrder(server, fixture, {
      paid: true,
      status: 'CONFIRMED',
      createdOn: daysAgo(3),
      lines: [{ productId: band, name: 'Band', counts: 4, unitCents: 5_000 }],
    });
    // 20 days ago: 1×100 ring = 100 (completed, by card)
    await insertOrder(server, fixture, {
      payment: 'STRIPE',
      status: 'COMPLETED',
      createdOn: daysAgo(20),
      lines: [{ productId: ring, name: 'Ring', counts: 1, unitCents: 10_000 }],
    });
    // 40 days ago: outside every window
    await insertOrder(server, fixture, {
      payment: 'STRIPE',
      status: 'COMPLETED',
      createdOn: daysAgo(40),
      lines: [{ productId: ring, name: 'Ring', counts: 50, unitCents: 10_000 }],
    });

    const viewer = await server.createAdmin(['ORDER_VIEW']);
    const res = await server.http
      .get('/dashboard/summary')
      .set('Cookie', await server.sessionFor(viewer.id));
    expect(res.status).toBe(200);
    const summary = dashboardSummarySchema.parse(res.body.responseData);

    expect(summary.currency).toBe('EUR');
    expect(summary.revenue).toEqual({
      today: { amount: 250, currency: 'EUR' },
      last7Days: { amount: 450, currency: 'EUR' },
      last30Days: { amount: 550, currency: 'EUR' },
    });
    expect(summary.orderCounts).toEqual({ today: 3, last7Days: 4, last30Days: 5 });
    expect(summary.awaitingPayment).toEqual({
      orders: 1,
      amount: { amount: 70, currency: 'EUR' },
    });
    expect(summary.ordersByStatus).toEqual({
      RECEIVED: 2,
      CONFIRMED: 1,
      'IN-PROGRESS': 0,
      COMPLETED: 2,
      CANCELLED: 1,
    });
    expect(summary.topProductsByUnits.map((p) => [p.name, p.units])).toEqual([
      ['Band', 6],
      ['Ring', 3],
    ]);
    expect(summary.topProductsByRevenue.map((p) => [p.name, p.revenue.amount])).toEqual([
      ['Ring', 300],
      ['Band', 250],
    ]);
    expect(summary.lowStock).toEqual([
      { productId: ring, name: 'Ring', stock: 2, lowStockThreshold: 3 },
    ]);
  });

  it('when nobody is logged in or the admin only manages the catalogue, then 401 / 403', async () => {
    expect((await server.http.get('/dashboard/summary')).status).toBe(401);
    const catalog = await server.createAdmin(['CATALOG_MANAGE']);
    const res = await server.http
      .get('/dashboard/summary')
      .set('Cookie', await server.sessionFor(catalog.id));
    expect(res.status).toBe(403);
  });
});
