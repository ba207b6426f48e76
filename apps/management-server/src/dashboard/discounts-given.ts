import type { OrderDoc } from '@aneis/data';
import type { Model } from 'mongoose';

/**
 * What coupons took off orders placed since `from` that were not cancelled: how many orders
 * used one and the sum of their discounts, in cents.
 */
export async function discountsGiven(
  orders: Model<OrderDoc>,
  from: Date,
): Promise<{ orders: number; cents: number }> {
  const [row] = await orders.aggregate<{ orders: number; cents: number }>([
    {
      $match: {
        'auditLog.createdOn': { $gte: from },
        overall_status: { $ne: 'CANCELLED' },
        coupon: { $exists: true },
      },
    },
    { $group: { _id: null, orders: { $sum: 1 }, cents: { $sum: '$coupon.discount.cents' } } },
  ]);
  return { orders: row?.orders ?? 0, cents: row?.cents ?? 0 };
}
