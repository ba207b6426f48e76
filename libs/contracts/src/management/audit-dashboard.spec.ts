import { hostileOperator, ids, now } from '../../test/fixtures.js';
import { auditEntrySchema } from '../model/audit-entry.js';
import { dashboardSummarySchema } from '../model/dashboard.js';
import { auditListBodySchema } from './audit.js';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('audit log and dashboard contracts', () => {
  it('when the audit list is filtered by admin, entity and time, then it parses', () => {
    const body = auditListBodySchema.parse({
      pagingOptions: { page: 1, limit: 20 },
      sortRule: '-at',
      adminEmail: 'Ops@Example.com',
      entityType: 'product',
      entityId: ids.product,
      from: '2024-05-01T00:00:00.000Z',
      to: now,
    });
    expect(body.adminEmail).toBe('ops@example.com');
    expect(body.sortRule).toEqual({ at: -1 });
  });

  it.each([
    ['a window that ends before it starts', { from: now, to: '2024-01-01T00:00:00.000Z' }],
    ['an unknown entity', { entityType: 'session' }],
    ['an operator admin', { adminEmail: hostileOperator }],
    ['a sort on before/after', { sortRule: 'before.password' }],
  ])('when the audit list has %s, then it is refused', (_label, change) => {
    const body = { pagingOptions: { page: 1, limit: 20 }, ...change };
    expect(auditListBodySchema.safeParse(body).success).toBe(false);
  });

  it('when the audit list has an unknown key, then it is stripped', () => {
    const body = { pagingOptions: { page: 1, limit: 20 }, actor: 'x' };
    expect(auditListBodySchema.parse(body)).not.toHaveProperty('actor');
  });

  it('when an audit entry is parsed, then before and after carry the changed fields', () => {
    const entry = {
      _id: ids.comment,
      at: now,
      actor: { email: 'ops@example.com', name: 'Ops' },
      action: 'update',
      entityType: 'product',
      entityId: ids.product,
      before: { stock: 5 },
      after: { stock: 4 },
    };
    expect(auditEntrySchema.parse(entry)).toEqual(entry);
    expect(auditEntrySchema.parse({ ...entry, action: 'create', before: null }).before).toBeNull();
  });

  it('when a dashboard summary is parsed, then every status is counted', () => {
    const top = { productId: ids.product, name: 'Ring', units: 3, revenue: eur(59.97) };
    const summary = {
      generatedAt: now,
      currency: 'EUR',
      revenue: { today: eur(19.99), last7Days: eur(59.97), last30Days: eur(59.97) },
      orderCounts: { today: 1, last7Days: 3, last30Days: 3 },
      awaitingPayment: { orders: 2, amount: eur(120) },
      ordersByStatus: { RECEIVED: 1, CONFIRMED: 1, 'IN-PROGRESS': 0, COMPLETED: 1, CANCELLED: 0 },
      topProductsByUnits: [top],
      topProductsByRevenue: [top],
      lowStock: [{ productId: ids.product, name: 'Ring', stock: 1, lowStockThreshold: 2 }],
    };
    expect(dashboardSummarySchema.parse(summary)).toEqual(summary);
    const { CANCELLED: _c, ...missing } = summary.ordersByStatus;
    expect(dashboardSummarySchema.safeParse({ ...summary, ordersByStatus: missing }).success).toBe(
      false,
    );
  });
});
