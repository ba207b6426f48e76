import type { Model } from 'mongoose';
import type { CounterDoc } from '../models/counter.js';
import type { OrderDoc } from '../models/order.js';
import { nextOrderNumber } from './order-number.js';

/**
 * Gives orders placed before order numbers existed their number, oldest first, from the counter
 * of the year each was placed in. Safe to run at every start and from both servers at once: each
 * write only applies while the order still has no number, so no order is ever renumbered (a race
 * costs at most a skipped number). Returns how many orders it numbered.
 */
export async function backfillOrderNumbers(models: {
  Order: Model<OrderDoc>;
  Counter: Model<CounterDoc>;
}): Promise<number> {
  const unnumbered = { orderNumber: { $exists: false } };
  const orders = await models.Order.find(unnumbered, { _id: 1, 'auditLog.createdOn': 1 })
    .sort({ 'auditLog.createdOn': 1, _id: 1 })
    .lean<Pick<OrderDoc, '_id' | 'auditLog'>[]>();
  let numbered = 0;
  for (const order of orders) {
    const placed = order.auditLog?.createdOn ?? order._id.getTimestamp();
    const orderNumber = await nextOrderNumber(models.Counter, new Date(placed).getUTCFullYear());
    const result = await models.Order.updateOne(
      { _id: order._id, ...unnumbered },
      { $set: { orderNumber } },
    );
    numbered += result.modifiedCount;
  }
  return numbered;
}
