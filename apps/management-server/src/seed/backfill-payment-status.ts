import { paymentStatusFromEntries, type ShopModels } from '@aneis/data';
import type { Connection } from 'mongoose';

/** Marks, in the `migrations` collection, that orders got their payment state. */
const MIGRATION_ID = 'order-payment-status';

/**
 * Orders placed before orders had a payment state get the one their payment entries imply
 * (pending cash on delivery or transfer → awaiting payment; a captured card or a sale → paid;
 * refunds → (partially) refunded). It runs once per database (a marker records it), touches only
 * orders without a state, and writes each one only if it still has none, so a manager marking an
 * order paid meanwhile is never overwritten. Until it ran, readers use the same rule on the fly.
 * Returns how many orders it changed.
 */
export async function backfillPaymentStatus(
  shop: Pick<ShopModels, 'Order'>,
  connection: Connection,
): Promise<number> {
  const migrations = connection.collection<{ name: string; appliedAt: Date }>('migrations');
  if (await migrations.findOne({ name: MIGRATION_ID })) return 0;
  let changed = 0;
  // The raw collection: the model's default would make a missing state look set.
  const unset = await shop.Order.collection
    .find({ payment_status: null }, { projection: { payment_info: 1 } })
    .toArray();
  for (const order of unset) {
    const payment_status = paymentStatusFromEntries(order['payment_info'] ?? []);
    const result = await shop.Order.collection.updateOne(
      { _id: order._id, payment_status: null },
      { $set: { payment_status } },
    );
    changed += result.modifiedCount;
  }
  await migrations.updateOne(
    { name: MIGRATION_ID },
    { $setOnInsert: { appliedAt: new Date() } },
    { upsert: true },
  );
  return changed;
}
