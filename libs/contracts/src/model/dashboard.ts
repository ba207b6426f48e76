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
 * The manager's dashboard (`GET /dashboard/summary`). Revenue counts orders that were not
 * cancelled, in the shop's base currency. `ordersByStatus` has every status (zero when none).
 */
export const dashboardSummarySchema = z.object({
  generatedAt: isoDateTimeSchema,
  currency: z.string(),
  revenue: byPeriod(moneySchema),
  orderCounts: byPeriod(z.int().min(0)),
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
