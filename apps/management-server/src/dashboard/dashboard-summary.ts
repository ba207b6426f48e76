import {
  moneyFromMinor,
  orderStatuses,
  type DashboardSummary,
  type OrderStatus,
} from '@aneis/contracts';
import type { Services } from '../services.js';
import { discountsGiven } from './discounts-given.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const TOP_PRODUCTS = 5;
const LOW_STOCK_LIMIT = 50;
/** Used only while no order exists to say which currency the shop sells in. */
const FALLBACK_CURRENCY = 'EUR';

interface PeriodFigures {
  _id: null;
  revenue: number;
  orders: number;
}
interface TopRow {
  _id: unknown;
  name: string;
  units: number;
  revenue: number;
}

function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Payment states whose money the shop holds (some of it may have gone back). */
const MONEY_IN = ['PAID', 'PARTIALLY_REFUNDED'];

/** Not cancelled, and the money is in: what revenue counts. */
const paidAndStanding = {
  $and: [{ $ne: ['$overall_status', 'CANCELLED'] }, { $in: ['$payment_status', MONEY_IN] }],
};

/** An order's total less the refund entries of its payment. */
const netCents = {
  $subtract: [
    '$cart.totalPrice.cents',
    {
      $reduce: {
        input: {
          $filter: {
            input: { $ifNull: ['$payment_info', []] },
            as: 'payment',
            cond: { $eq: ['$$payment.type', 'REFUND'] },
          },
        },
        initialValue: 0,
        in: { $add: ['$$value', '$$this.amount_in_usd.cents'] },
      },
    },
  ],
};

/**
 * The manager's dashboard, computed by aggregation over orders (and a scan of tracked stock).
 * Revenue counts paid orders that were not cancelled, net of refunds: a bank transfer nobody
 * made is not revenue. What still awaits payment is summed apart. Order counts count every
 * order placed; top products by units count every order not cancelled, by revenue paid ones.
 */
export async function computeDashboardSummary(
  deps: Pick<Services, 'shop' | 'now'>,
): Promise<DashboardSummary> {
  const now = deps.now();
  const since = {
    today: startOfUtcDay(now),
    last7Days: new Date(now.getTime() - 7 * DAY_MS),
    last30Days: new Date(now.getTime() - 30 * DAY_MS),
  };
  const { Order, Product } = deps.shop;

  const period = async (from: Date) => {
    const [all] = await Order.aggregate<PeriodFigures>([
      { $match: { 'auditLog.createdOn': { $gte: from } } },
      {
        $group: {
          _id: null,
          orders: { $sum: 1 },
          revenue: { $sum: { $cond: [paidAndStanding, netCents, 0] } },
        },
      },
    ]);
    return { revenue: all?.revenue ?? 0, orders: all?.orders ?? 0 };
  };

  const top = (field: 'units' | 'revenue') =>
    Order.aggregate<TopRow>([
      {
        $match: {
          overall_status: { $ne: 'CANCELLED' },
          'auditLog.createdOn': { $gte: since.last30Days },
          ...(field === 'revenue' ? { payment_status: { $in: MONEY_IN } } : {}),
        },
      },
      { $unwind: '$cart.items' },
      {
        $group: {
          _id: '$cart.items.product._id',
          name: { $first: '$cart.items.product.name' },
          units: { $sum: '$cart.items.counts' },
          revenue: { $sum: '$cart.items.aggregatedPrice.cents' },
        },
      },
      { $sort: { [field]: -1, name: 1 } },
      { $limit: TOP_PRODUCTS },
    ]);

  const [today, last7Days, last30Days, byStatus, byUnits, byRevenue, tracked, latest, awaiting] =
    await Promise.all([
      period(since.today),
      period(since.last7Days),
      period(since.last30Days),
      Order.aggregate<{ _id: OrderStatus; count: number }>([
        { $group: { _id: '$overall_status', count: { $sum: 1 } } },
      ]),
      top('units'),
      top('revenue'),
      Product.find({
        deleted: { $ne: true },
        stock: { $exists: true, $ne: null },
        lowStockThreshold: { $exists: true, $ne: null },
      })
        .select('name stock lowStockThreshold')
        .lean(),
      Order.findOne().sort({ 'auditLog.createdOn': -1 }).select('cart.totalPrice.currency').lean(),
      Order.aggregate<PeriodFigures>([
        { $match: { payment_status: 'AWAITING_PAYMENT', overall_status: { $ne: 'CANCELLED' } } },
        {
          $group: { _id: null, orders: { $sum: 1 }, revenue: { $sum: '$cart.totalPrice.cents' } },
        },
      ]),
    ]);

  const discounts = await discountsGiven(Order, since.last30Days);
  const currency = latest?.cart.totalPrice.currency ?? FALLBACK_CURRENCY;
  const money = (cents: number) => moneyFromMinor({ cents, currency });
  const topView = (rows: TopRow[]) =>
    rows.map((row) => ({
      productId: String(row._id),
      name: row.name,
      units: row.units,
      revenue: money(row.revenue),
    }));
  const ordersByStatus = Object.fromEntries(orderStatuses.map((status) => [status, 0])) as Record<
    OrderStatus,
    number
  >;
  for (const row of byStatus) if (row._id in ordersByStatus) ordersByStatus[row._id] = row.count;

  return {
    generatedAt: now.toISOString(),
    currency,
    revenue: {
      today: money(today.revenue),
      last7Days: money(last7Days.revenue),
      last30Days: money(last30Days.revenue),
    },
    orderCounts: {
      today: today.orders,
      last7Days: last7Days.orders,
      last30Days: last30Days.orders,
    },
    awaitingPayment: {
      orders: awaiting[0]?.orders ?? 0,
      amount: money(awaiting[0]?.revenue ?? 0),
    },
    discountsLast30Days: { orders: discounts.orders, amount: money(discounts.cents) },
    ordersByStatus,
    topProductsByUnits: topView(byUnits),
    topProductsByRevenue: topView(byRevenue),
    lowStock: tracked
      .filter((p) => (p.stock ?? 0) <= (p.lowStockThreshold ?? -1))
      .sort((a, b) => (a.stock ?? 0) - (b.stock ?? 0))
      .slice(0, LOW_STOCK_LIMIT)
      .map((p) => ({
        productId: String(p._id),
        name: p.name,
        stock: p.stock ?? 0,
        lowStockThreshold: p.lowStockThreshold ?? 0,
      })),
  };
}
