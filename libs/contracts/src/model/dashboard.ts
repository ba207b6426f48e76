import { z } from 'zod';
import { isoDateTimeSchema } from '../common/dates.js';
import { objectIdSchema } from '../common/ids.js';
import { moneySchema } from '../common/money.js';
import { orderStatusSchema } from './order-status.js';
import { lowStockThresholdSchema, stockSchema } from './stock.js';

const byPeriod = <T extends z.ZodType>(value: T) =>
  z.object({ today: value, last7Days: value, last30Days: value });

const topProductSchema = z.object({
  productId: objectIdSchema,
  name: z.string(),
  units: z.int().min(0),
  revenue: moneySchema,
});

/**
 * The manager's dashboard (`GET /dashboard/summary`). Revenue counts the money of paid orders
 * that were not cancelled (less what was refunded), in the shop's base currency; orders still
 * awaiting payment (cash on delivery, bank transfer) are counted apart in `awaitingPayment`.
 * `ordersByStatus` has every status (zero when none).
 */
export const dashboardSummarySchema = z.object({
  generatedAt: isoDateTimeSchema,
  currency: z.string(),
  revenue: byPeriod(moneySchema),
  orderCounts: byPeriod(z.int().min(0)),
  /** Orders not cancelled whose money has not arrived yet, of any age: how many, how much. */
  awaitingPayment: z.object({ orders: z.int().min(0), amount: moneySchema }),
  /** Orders of the last 30 days (not cancelled) that used a coupon, and what coupons took off. */
  discountsLast30Days: z.object({ orders: z.int().min(0), amount: moneySchema }).optional(),
  ordersByStatus: z.record(orderStatusSchema, z.int().min(0)),
  topProductsByUnits: z.array(topProductSchema),
  topProductsByRevenue: z.array(topProductSchema),
  lowStock: z.array(
    z.object({
      productId: objectIdSchema,
      name: z.string(),
      stock: stockSchema,
      lowStockThreshold: lowStockThresholdSchema,
    }),
  ),
});
export type DashboardSummary = z.output<typeof dashboardSummarySchema>;
export type TopProduct = z.output<typeof topProductSchema>;
