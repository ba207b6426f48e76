import { giveBackStock, type PendingRestock, type StoredOrderLine } from '@aneis/data';
import { Types } from 'mongoose';
import type { Services } from '../services.js';

type RestockDeps = Pick<Services, 'shop' | 'shopCache'>;

/**
 * The put-backs a cancellation or return owes: one per line with units, each with its own key.
 * They are written on the order in the compare-and-set that wins the change, so the units are
 * owed exactly once however many callers race, and a crash right after cannot lose them.
 */
export function restocksFor(
  units: readonly { line: StoredOrderLine; quantity: number }[],
): PendingRestock[] {
  return units
    .filter(({ quantity }) => quantity > 0)
    .map(({ line, quantity }) => ({
      key: new Types.ObjectId().toHexString(),
      productId: new Types.ObjectId(String(line.product._id)),
      ...(line.variantKey === undefined ? {} : { variantKey: line.variantKey }),
      units: quantity,
    }));
}

/**
 * Puts an order's owed units back into stock, then strikes each off the order. Each put-back
 * is keyed on the product, so running this again (a retry, a start-up after a crash, two
 * instances at once) never adds the same units twice. Untracked stock and a variant removed
 * since have nothing to put back into; their restock is struck off all the same.
 */
export async function finishOrderRestocks(
  deps: RestockDeps,
  orderId: Types.ObjectId | string,
): Promise<number> {
  const order = await deps.shop.Order.findOne({ _id: orderId }).select('pendingRestocks').lean();
  const owed = order?.pendingRestocks ?? [];
  for (const restock of owed) {
    await giveBackStock(deps.shop.Product, {
      productId: restock.productId,
      units: restock.units,
      variantKey: restock.variantKey ?? undefined,
      restockKey: restock.key,
    });
    await deps.shop.Order.updateOne(
      { _id: orderId },
      { $pull: { pendingRestocks: { key: restock.key } } },
    );
  }
  if (owed.length > 0) await deps.shopCache.catalogChanged();
  return owed.length;
}

/**
 * Start-up: finishes the put-backs a crash left between an order's write and its stock writes.
 * Safe on every start and on several instances starting at once.
 */
export async function finishAllPendingRestocks(deps: RestockDeps): Promise<number> {
  const orders = await deps.shop.Order.find({ 'pendingRestocks.key': { $exists: true } })
    .select('_id')
    .lean();
  let finished = 0;
  for (const order of orders) finished += await finishOrderRestocks(deps, order._id);
  return finished;
}
