import type { StoredOrderLine } from '@aneis/data';
import type { Services } from '../services.js';

/**
 * Puts units back on a product's shelf. Only products that count their stock get them (an
 * untracked product has no `stock` to add to). Callers call this once per change they won the
 * compare-and-set for, which is what makes each unit come back exactly once.
 */
export async function putBackInStock(
  deps: Pick<Services, 'shop' | 'shopCache'>,
  units: readonly { line: StoredOrderLine; quantity: number }[],
): Promise<void> {
  const toReturn = units.filter(({ quantity }) => quantity > 0);
  if (toReturn.length === 0) return;
  for (const { line, quantity } of toReturn) {
    await deps.shop.Product.updateOne(
      { _id: line.product._id, stock: { $exists: true } },
      { $inc: { stock: quantity } },
    );
  }
  await deps.shopCache.catalogChanged();
}
