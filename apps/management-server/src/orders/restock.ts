import { giveBackStock, type StoredOrderLine } from '@aneis/data';
import type { Services } from '../services.js';

/**
 * Puts units back where the line took them from: its variant and the product's total, or the
 * product alone (untracked stock is left alone). Callers call this once per change they won the
 * compare-and-set for, which is what makes each unit come back exactly once.
 */
export async function putBackInStock(
  deps: Pick<Services, 'shop' | 'shopCache'>,
  units: readonly { line: StoredOrderLine; quantity: number }[],
): Promise<void> {
  const toReturn = units.filter(({ quantity }) => quantity > 0);
  if (toReturn.length === 0) return;
  for (const { line, quantity } of toReturn) {
    await giveBackStock(deps.shop.Product, {
      productId: line.product._id,
      units: quantity,
      variantKey: line.variantKey,
    });
  }
  await deps.shopCache.catalogChanged();
}
